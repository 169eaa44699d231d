package io.koppel.customers.internal;

import io.koppel.api.customer.CustomerService;
import io.koppel.api.customer.CustomerUpdate;
import io.koppel.api.posting.BillingAddress;
import io.koppel.store.Store;
import java.time.Clock;
import java.time.Duration;
import io.koppel.api.Status;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The host's {@link CustomerService}: changes are stored and queued; {@link CustomerUpdateWork} sends them. */
@Component(service = CustomerService.class, configurationPid = CustomersConfiguration.PID)
public class CustomerServiceImpl implements CustomerService {
    private final CustomerUpdates updates;

    @Activate
    public CustomerServiceImpl(@Reference Store store, CustomersConfiguration configuration) {
        this.updates = new CustomerUpdates(store, Clock.systemUTC(), Duration.ofSeconds(configuration.settleSeconds()));
    }

    @Override
    public List<CustomerUpdate> addressChanged(BillingAddress address) {
        return updates.addressChanged(address);
    }

    @Override
    public List<CustomerUpdate> updates(String addressId) {
        return updates.updates(addressId);
    }

    @Override
    public List<CustomerUpdate> updates(Set<Status> statuses, int limit) {
        return updates.updates(statuses, limit);
    }

    @Override
    public List<CustomerUpdate> resend(String addressId) {
        return updates.resend(addressId);
    }
}
