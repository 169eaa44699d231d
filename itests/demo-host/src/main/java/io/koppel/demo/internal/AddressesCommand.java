package io.koppel.demo.internal;

import io.koppel.api.posting.BillingAddress;
import io.koppel.api.posting.Mandate;
import io.koppel.demo.internal.CampusBernardus.Pupil;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "demo", name = "addresses", description = "Campus Bernardus's pupils and their billing addresses.",
        detailedDescription = "With their e-mail addresses and SEPA mandates.")
public class AddressesCommand implements Action {
    @Reference
    DemoHost host;

    @Option(name = "-b", aliases = "--bad", description = "Also the billing addresses with data-entry errors")
    boolean bad;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable().emptyTableText("No pupils");
        for (String column : new String[] {"Pupil id", "Pupil", "Class", "Address id", "Billed to", "Address",
                "E-mail", "Mandate", "IBAN", "BIC"}) {
            table.column(column);
        }
        List<BillingAddress> addresses = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (Pupil pupil : host.school().pupils()) {
            for (BillingAddress address : pupil.billingAddresses()) {
                addresses.add(address);
                classes.add(pupil.className());
            }
        }
        if (bad) {
            for (BillingAddress address : host.school().problemAddresses()) {
                addresses.add(address);
                classes.add("");
            }
        }
        for (int i = 0; i < addresses.size(); i++) {
            BillingAddress a = addresses.get(i);
            Mandate mandate = a.mandate().orElse(null);
            table.addRow().addContent(a.personId(), a.personName(), classes.get(i), a.addressId(),
                    DemoHost.billedTo(a), DemoHost.home(a), String.join(", ", a.emailAddresses()),
                    mandate == null ? "" : mandate.reference() + " (" + mandate.signatureDate() + ")",
                    mandate == null ? "" : BelgianBank.grouped(mandate.iban()), mandate == null ? "" : mandate.bic());
        }
        table.print(System.out);
        long pupils = host.school().pupils().size();
        long split = host.school().pupils().stream().filter(Pupil::split).count();
        long mandates = host.school().billingAddresses().stream().filter(a -> a.mandate().isPresent()).count();
        System.out.printf("%d pupils (%d with split billing), %d billing addresses, %d with a SEPA mandate%n", pupils,
                split, host.school().billingAddresses().size(), mandates);
        return null;
    }
}
