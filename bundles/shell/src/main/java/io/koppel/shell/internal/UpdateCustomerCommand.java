package io.koppel.shell.internal;

import io.koppel.api.customer.CustomerService;
import io.koppel.api.customer.CustomerUpdate;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "koppel", name = "update-customer",
        description = "Sends a billing address again to its customers in Exact.",
        detailedDescription = "Its newest state, every field, to its customer in every division where it is linked.")
public class UpdateCustomerCommand implements Action {
    @Reference
    CustomerService customers;

    @Argument(index = 0, name = "address", required = true, description = "The billing address id")
    String addressId;

    @Override
    public Object execute() throws Exception {
        return Clerk.run(() -> {
            List<CustomerUpdate> queued = customers.resend(addressId);
            if (queued.isEmpty()) {
                System.out.println(addressId + ": no customer in Exact yet (never posted); nothing to send");
            }
            for (CustomerUpdate update : queued) {
                System.out.println(addressId + " in division " + update.division() + ": "
                        + update.status().label(Clerk.locale()));
            }
        });
    }
}
