package io.koppel.demo.internal;

import io.koppel.api.posting.DocumentLine;
import io.koppel.api.posting.HostDocument;
import io.koppel.demo.internal.DemoHost.Handed;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "demo", name = "print",
        description = "Campus Bernardus prints invoices and credit notes and hands them to Koppel.",
        detailedDescription = "Through PostingService.submit.")
public class PrintCommand implements Action {
    @Reference
    DemoHost host;

    @Option(name = "-c", aliases = "--count", description = "How many invoices to print; a pupil with"
            + " split billing gets one document per parent")
    int count = 10;

    @Option(name = "-f", aliases = "--from", description = "Print again from this invoice number instead of the next"
            + " one (Koppel does not post a document twice)")
    Integer from;

    @Option(name = "-b", aliases = "--bad", description = "Also print the documents with bad data, each of which"
            + " Koppel should refuse with a clear reason")
    boolean bad;

    @Override
    public Object execute() {
        if (count < 0) {
            throw new IllegalArgumentException("--count must not be negative");
        }
        List<Handed> handed = host.print(count, from, bad);
        Locale locale = DemoHost.locale();
        ShellTable table = new ShellTable().emptyTableText("Nothing printed");
        for (String column : new String[] {"Document", "Invoice", "Pupil", "Billed to", "Type", "Amount", "OGM",
                "Main categories (GL account)", "Koppel", "Note"}) {
            table.column(column);
        }
        for (Handed one : handed) {
            HostDocument d = one.printed().document();
            table.addRow().addContent(d.documentNumber(), d.hostInvoiceId(), d.billingAddress().personName(),
                    DemoHost.billedTo(d.billingAddress()),
                    d.postedType().label(locale), d.amount(), d.ogm(), lines(d.lines()),
                    one.posting().status().label(locale), one.printed().good() ? one.printed().note()
                            : "BAD DATA: " + one.printed().note());
        }
        table.print(System.out);
        long good = handed.stream().filter(one -> one.printed().good()).count();
        System.out.printf("%s handed %d documents to Koppel for %s: %d to be posted, %d with bad data to be refused.%n",
                CampusBernardus.NAME, handed.size(), CampusBernardus.HOST_ENTITY, good, handed.size() - good);
        return null;
    }

    private static String lines(List<DocumentLine> lines) {
        return lines.stream().map(line -> line.description() + " " + line.amount() + " (" + line.glAccountCode() + ")")
                .collect(Collectors.joining("; "));
    }
}
