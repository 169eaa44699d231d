package io.koppel.shell.internal;

import io.koppel.api.Page;
import io.koppel.api.PageRequest;
import io.koppel.api.log.LogEntry;
import io.koppel.api.log.LogQuery;
import io.koppel.api.log.TransactionLog;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.Row;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "koppel", name = "log", description = "Shows the transaction log of one day (UTC), newest first.",
        detailedDescription = "Every exchange with Exact Online and every configuration change.")
public class LogCommand implements Action {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    @Reference
    TransactionLog log;

    @Option(name = "-d", aliases = "--day", description = "The day, yyyy-MM-dd (UTC); today by default")
    String day;

    @Option(name = "-s", aliases = "--search",
            description = "Only this search number: a host invoice id, a host address id, Synchronisatie or 55555")
    String searchNumber;

    @Option(name = "-f", aliases = "--failures", description = "Only failed exchanges")
    boolean failuresOnly;

    @Option(name = "-c", aliases = "--changes", description = "Only configuration changes: who changed what on which"
            + " connection")
    boolean configurationChangesOnly;

    @Option(name = "-n", aliases = "--limit", description = "How many entries to show")
    int limit = 50;

    @Option(name = "-o", aliases = "--offset", description = "How many of the newest entries to skip")
    int offset;

    @Override
    public Object execute() {
        LocalDate shown = day == null ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(day);
        LogQuery query = new LogQuery(shown, Optional.ofNullable(searchNumber), failuresOnly,
                configurationChangesOnly);
        Page<LogEntry> page = log.entries(query, new PageRequest(offset, limit));

        ShellTable table = new ShellTable().emptyTableText("Nothing logged on " + shown);
        table.column("Result").colorProvider(result -> result.startsWith("FAILED") ? Tables.RED : null);
        table.column("Time (UTC)");
        table.column("Search number");
        table.column("Entity");
        table.column("Division");
        table.column("Operation");
        table.column("Request").maxSize(60);
        table.column("HTTP");
        table.column("ms").alignRight();
        table.column("Message").maxSize(80);
        for (LogEntry entry : page.items()) {
            Row row = table.addRow();
            row.addContent(entry.failed() ? "FAILED" : entry.isConfigurationChange() ? "changed" : "ok",
                    TIME.format(entry.time()), entry.searchNumber(), entry.hostEntity().orElse(""),
                    entry.division().map(String::valueOf).orElse(""), entry.operation());
            entry.configurationChange().ifPresentOrElse(change -> row.addContent(
                    "by " + change.changedBy().orElse("Exact's consent callback"), "", "",
                    change.newValue().orElse("(cleared)")),
                    () -> row.addContent(entry.method() + " " + entry.path(),
                            entry.httpStatus().map(String::valueOf).orElse("-"), entry.durationMillis(),
                            entry.message().orElse("")));
        }
        table.print(System.out);
        if (page.total() > 0) {
            System.out.printf("%d-%d of %d on %s%n", offset + 1, offset + page.items().size(), page.total(), shown);
        }
        return null;
    }
}
