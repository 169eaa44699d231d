package io.koppel.shell.internal;

import io.koppel.api.Reason;
import io.koppel.api.Status;
import java.util.Locale;
import java.util.Optional;
import org.apache.karaf.shell.support.table.Row;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * A table of what Koppel sends to Exact, postings or customer updates: each row starts with its status (Failed and
 * Fatal in red) and ends with its reason, both in the language of the Karaf JVM.
 */
final class StatusTable {
    private final Locale locale = Clerk.locale();
    private final ShellTable table;

    StatusTable(String emptyTableText, String... columns) {
        table = new ShellTable().emptyTableText(emptyTableText);
        table.column("Status").colorProvider(label -> label.equals(Status.FAILED.label(locale))
                || label.equals(Status.FATAL.label(locale)) ? Tables.RED : null);
        for (String column : columns) {
            table.column(column);
        }
        table.column("Reason").maxSize(90);
    }

    void addRow(Status status, Optional<Reason> reason, Object... columns) {
        Row row = table.addRow();
        row.addContent(status.label(locale));
        row.addContent(columns);
        row.addContent(Clerk.text(reason));
    }

    void print() {
        table.print(System.out);
    }
}
