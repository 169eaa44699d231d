package io.koppel.shell.internal;

import io.koppel.api.sync.Settlement;
import io.koppel.api.sync.SyncFile;
import io.koppel.api.sync.SyncHealth;
import io.koppel.api.sync.SyncMismatch;
import io.koppel.api.sync.UnallocatedCredit;
import java.util.List;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * Prints payment sync in the console: sync files with their settlements, the documents it did not settle, and how
 * it goes per connection.
 */
final class SyncPrinter {
    private SyncPrinter() {
    }

    /** A sync file in one line that starts with its id, for scripts that take the id of the file just made. */
    static String line(SyncFile file) {
        return file.id() + "  " + file.fileName() + "  number " + file.sequenceNumber() + "  " + file.status() + "  "
                + file.createdAt() + "  " + file.settlements().size() + " settlements"
                + (file.mismatches().isEmpty() ? "" : ", " + file.mismatches().size() + " mismatches");
    }

    /** A sync file's line, then its settlements, the documents it did not settle and the credit it did not allocate. */
    static void printFile(SyncFile file) {
        System.out.println(line(file));
        ShellTable settlements = Tables.table("Document", "Settlement", "Exact entry", "OGM");
        for (String amount : new String[] {"Invoice", "Paid", "Open", "Written off"}) {
            settlements.column(amount).alignRight();
        }
        for (Settlement s : file.settlements()) {
            settlements.addRow().addContent(s.documentNumber(), s.kind(), s.exactEntryNumber(), s.ogm(),
                    s.invoiceAmount().toPlainString(), s.paidAmount().toPlainString(),
                    s.outstandingAmount().toPlainString(), s.writtenOffAmount().toPlainString());
        }
        settlements.print(System.out);
        printNotSettled(file.mismatches());
        for (UnallocatedCredit c : file.unallocatedCredit()) {
            System.out.println("  unallocated credit of customer " + c.exactAccountCode() + " (" + c.hostEntity()
                    + "): " + c.amount().toPlainString());
        }
    }

    /** How payment sync of a connection went, in one line. */
    static String summary(SyncHealth h) {
        return h.hostEntity() + ": last run " + h.lastRunAt() + (h.lastError() == null ? ", no error"
                : ", error: " + h.lastError()) + (h.catchingUp() ? ", still catching up" : "") + ", "
                + h.termsCopied() + " payment terms held";
    }

    /** How payment sync goes, a connection a row, then the documents it did not settle. */
    static void printHealth(List<SyncHealth> connections) {
        ShellTable table = Tables.table("Connection", "Automatic", "Tolerance", "Last run", "Last success",
                "Catching up").emptyTableText("No connection has payment sync settings yet");
        table.column("Terms").alignRight();
        table.column("Last error");
        for (SyncHealth h : connections) {
            table.addRow().addContent(h.hostEntity(), h.automatic() ? "on" : "off", h.toleranceCents() + " ct",
                    orDash(h.lastRunAt()), orDash(h.lastSuccessAt()), h.catchingUp() ? "yes" : "no", h.termsCopied(),
                    h.lastError() == null ? "" : h.lastError());
        }
        table.print(System.out);
        printNotSettled(connections.stream().flatMap(h -> h.mismatches().stream()).toList());
    }

    /** Each reason names the document; a mismatch in a file handed back may name no connection (optional there). */
    private static void printNotSettled(List<SyncMismatch> mismatches) {
        for (SyncMismatch m : mismatches) {
            System.out.println("  not settled" + (m.hostEntity() == null ? "" : " (" + m.hostEntity() + ")") + ": "
                    + m.reason().text(Clerk.locale()));
        }
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
