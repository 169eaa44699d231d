package io.koppel.api.log;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A filter on the transaction log.
 *
 * @param day the day (UTC) to show
 * @param searchNumber only this search number
 * @param failuresOnly only failed exchanges
 * @param configurationChangesOnly only configuration changes, no exchanges
 */
public record LogQuery(LocalDate day, Optional<String> searchNumber, boolean failuresOnly,
        boolean configurationChangesOnly) {

    public LogQuery {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(searchNumber, "searchNumber");
    }

    /** Exchanges and configuration changes alike. */
    public LogQuery(LocalDate day, Optional<String> searchNumber, boolean failuresOnly) {
        this(day, searchNumber, failuresOnly, false);
    }

    /** Everything of one day. */
    public static LogQuery day(LocalDate day) {
        return new LogQuery(day, Optional.empty(), false);
    }

    public LogQuery withSearchNumber(String number) {
        return new LogQuery(day, Optional.of(number), failuresOnly, configurationChangesOnly);
    }

    public LogQuery failures() {
        return new LogQuery(day, searchNumber, true, configurationChangesOnly);
    }

    public LogQuery configurationChanges() {
        return new LogQuery(day, searchNumber, failuresOnly, true);
    }
}
