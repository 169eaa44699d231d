package io.koppel.shell.internal;

import io.koppel.api.Status;
import io.koppel.api.customer.CustomerService;
import io.koppel.api.customer.CustomerUpdate;
import java.util.List;
import java.util.Set;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "koppel", name = "customer-updates",
        description = "Lists the updates of Exact customers after billing-address changes.",
        detailedDescription = "One per address and division, most recently requested first.")
public class CustomerUpdatesCommand implements Action {

    @Reference
    CustomerService customers;

    @Option(name = "-a", aliases = "--address", description = "Only this billing address id")
    String addressId;

    @Option(name = "-s", aliases = "--status", description = "Only these statuses, e.g. FAILED,FATAL")
    String statuses;

    @Option(name = "-n", aliases = "--limit", description = "How many to show")
    int limit = 50;

    @Override
    public Object execute() throws Exception {
        Set<Status> only = Clerk.statuses(statuses);
        List<CustomerUpdate> updates = addressId == null ? customers.updates(only, limit)
                : customers.updates(addressId).stream()
                        .filter(update -> only.isEmpty() || only.contains(update.status())).limit(limit).toList();
        StatusTable table = new StatusTable("No customer updates", "Address", "Division", "Requested", "Processed");
        for (CustomerUpdate update : updates) {
            table.addRow(update.status(), update.reason(), update.addressId(), update.division(),
                    Tables.minutes(update.requestedAt()), Tables.minutes(update.processedAt()));
        }
        table.print();
        return null;
    }
}
