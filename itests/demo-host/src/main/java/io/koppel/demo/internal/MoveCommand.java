package io.koppel.demo.internal;

import io.koppel.api.customer.CustomerService;
import io.koppel.api.customer.CustomerUpdate;
import io.koppel.api.posting.BillingAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "demo", name = "move", description = "A family moves, or an e-mail address is added or removed.",
        detailedDescription = "The host tells Koppel, which updates the customer in every division where the billing"
                + " address is linked.")
public class MoveCommand implements Action {
    @Reference
    DemoHost host;

    @Reference
    CustomerService customers;

    @Option(name = "-a", aliases = "--address", description = "The billing address id (default: the first pupil's)")
    String addressId;

    @Option(name = "--street", description = "The new street and number, e.g. 'Veldstraat 7'")
    String street = "Veldstraat 7";

    @Option(name = "--postcode", description = "The new postcode")
    String postcode = "9050";

    @Option(name = "--city", description = "The new city")
    String city = "Gentbrugge";

    @Option(name = "--add-email", description = "An e-mail address to add")
    String addEmail;

    @Option(name = "--remove-email", description = "An e-mail address to remove")
    String removeEmail;

    @Option(name = "--stay", description = "Only the e-mail addresses change; the family stays where it lives")
    boolean stay;

    @Override
    public Object execute() {
        BillingAddress before = host.school().billingAddresses().stream()
                .filter(address -> addressId == null || address.addressId().equals(addressId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No billing address " + addressId));
        List<String> emails = new ArrayList<>(before.emailAddresses());
        if (addEmail != null) {
            emails.add(addEmail);
        }
        if (removeEmail != null) {
            emails.remove(removeEmail);
        }
        String[] streetAndNumber = street.strip().split(" (?=\\S+$)");
        BillingAddress after = new BillingAddress(before.personId(), before.addressId(), before.personName(),
                before.salutationTitle(), before.salutationName(), stay ? before.street() : streetAndNumber[0],
                stay ? before.number() : streetAndNumber.length > 1 ? streetAndNumber[1] : "",
                stay ? before.box() : "", stay ? before.postcode() : postcode, stay ? before.city() : city,
                before.country(), emails, before.mandate());
        List<CustomerUpdate> queued = customers.addressChanged(after);
        System.out.println(DemoHost.billedTo(before) + ": " + DemoHost.home(after) + "; e-mail "
                + String.join(", ", after.emailAddresses()));
        if (queued.isEmpty()) {
            System.out.println("Address " + before.addressId() + " was never posted: Exact has no customer for it;"
                    + " its first posting uses the new address");
        }
        for (CustomerUpdate update : queued) {
            System.out.println("Address " + update.addressId() + ": update for division " + update.division() + " "
                    + update.status().label(Locale.ENGLISH));
        }
        return null;
    }
}
