package io.koppel.demo.internal;

import io.koppel.api.Status;
import io.koppel.demo.internal.DemoHost.HostInvoice;
import java.util.List;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "demo", name = "invoices",
        description = "Campus Bernardus's printed documents as the host knows them.",
        detailedDescription = "From Koppel's PostingListener: status and Exact's entry number.")
public class InvoicesCommand implements Action {
    @Reference
    DemoHost host;

    @Option(name = "--check", description = "Also check that every good document is Completed with its Exact entry"
            + " number stored, and every bad one Failed for the expected reason")
    boolean check;

    @Override
    public Object execute() {
        Locale locale = DemoHost.locale();
        List<HostInvoice> ledger = host.ledger();
        ShellTable table = new ShellTable().emptyTableText("Nothing printed yet: demo:print");
        for (String column : new String[] {"Document", "Invoice", "Billed to", "Type", "Amount", "OGM", "Status",
                "Exact entry", "Expected"}) {
            table.column(column);
        }
        table.column("Reason").maxSize(80);
        for (HostInvoice invoice : ledger) {
            table.addRow().addContent(invoice.documentNumber(), invoice.hostInvoiceId(), invoice.name(), invoice.type(),
                    invoice.amount(), invoice.ogm(), invoice.status().label(locale),
                    invoice.exactEntryNumber().map(String::valueOf).orElse(""),
                    invoice.expectedFailure().map(code -> "refused: " + code).orElse("posted"),
                    invoice.reason().map(reason -> reason.text(locale)).orElse(""));
        }
        table.print(System.out);
        if (check) {
            long pending = ledger.stream().filter(invoice -> !invoice.status().isFinal()).count();
            long completed = ledger.stream().filter(invoice -> invoice.status() == Status.COMPLETED).count();
            long failed = ledger.stream().filter(invoice -> invoice.status() == Status.FAILED).count();
            List<HostInvoice> unexpected = ledger.stream().filter(invoice -> !invoice.asExpected()).toList();
            if (unexpected.isEmpty()) {
                System.out.printf("check passed: %d documents, %d Completed with their Exact entry number stored, %d"
                        + " Failed for the expected reason%n", ledger.size(), completed, failed);
            } else {
                System.out.printf("check FAILED: %d of %d documents not as expected (%d still New or In progress): %s%n",
                        unexpected.size(), ledger.size(), pending, unexpected.stream()
                                .map(invoice -> invoice.documentNumber() + " " + invoice.status()
                                        + invoice.reason().map(reason -> " " + reason.code()).orElse(""))
                                .toList());
            }
        }
        return null;
    }
}
