package io.koppel.demo.internal;

import io.koppel.api.Status;
import io.koppel.demo.internal.DemoHost.HostInvoice;
import io.koppel.demo.internal.DemoPayments.PaymentState;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "demo", name = "payments", description = "Campus Bernardus's posted invoices and their payment state.",
        detailedDescription = "As Koppel's settlements left them.")
public class PaymentsCommand implements Action {
    @Reference
    DemoHost host;

    @Reference
    DemoPayments payments;

    @Option(name = "--entries", description = "Only list 'entry <Exact entry number> <amount>' of this many posted invoices")
    int entries;

    @Override
    public Object execute() {
        Map<String, PaymentState> states = payments.states();
        if (entries > 0) {
            host.ledger().stream().filter(i -> i.status() == Status.COMPLETED && i.exactEntryNumber().isPresent()
                            && i.amount().signum() > 0).limit(entries)
                    .forEach(i -> System.out.println("entry " + i.exactEntryNumber().get() + " " + i.amount().toPlainString()));
            return null;
        }
        ShellTable table = new ShellTable().emptyTableText("Nothing posted yet: demo:print");
        for (String column : new String[] {"Document", "Billed to", "Amount", "Exact entry", "Payment", "Paid",
                "Open", "Written off", "Date"}) {
            table.column(column);
        }
        for (HostInvoice invoice : host.ledger()) {
            if (invoice.status() != Status.COMPLETED) {
                continue;
            }
            PaymentState state = states.get(invoice.documentNumber());
            table.addRow().addContent(invoice.documentNumber(), invoice.name(), invoice.amount(),
                    invoice.exactEntryNumber().map(String::valueOf).orElse(""),
                    state == null ? "open" : switch (state.settlement().kind()) {
                        case FULLY_PAID -> "paid";
                        case PARTIALLY_PAID -> "partly paid";
                        case REOPENED -> "open again";
                    },
                    state == null ? "" : state.settlement().paidAmount(),
                    state == null ? invoice.amount() : state.settlement().outstandingAmount(),
                    state == null ? "" : state.settlement().writtenOffAmount(),
                    state == null || state.paymentDate() == null ? "" : state.paymentDate());
        }
        table.print(System.out);
        return null;
    }
}
