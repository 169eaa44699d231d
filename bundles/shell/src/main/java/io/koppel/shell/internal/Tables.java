package io.koppel.shell.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.apache.karaf.shell.support.table.ShellTable;

/** Koppel's tables in the Karaf console: failures in red, times to the minute in UTC. */
final class Tables {
    static final String RED = "\u001B[31m";

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private Tables() {
    }

    /** A table with these plain columns. */
    static ShellTable table(String... columns) {
        ShellTable table = new ShellTable();
        for (String column : columns) {
            table.column(column);
        }
        return table;
    }

    static String minutes(Instant time) {
        return MINUTES.format(time);
    }

    /** The time to the minute, or nothing when there is none (yet). */
    static String minutes(Optional<Instant> time) {
        return time.map(MINUTES::format).orElse("");
    }
}
