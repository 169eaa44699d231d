package io.koppel.customers.internal;

import io.koppel.api.customer.CustomerService;
import io.koppel.api.customer.CustomerUpdate;
import io.koppel.api.connection.ExactSite;
import io.koppel.api.posting.BillingAddress;
import io.koppel.store.AccountLinkMapper;
import io.koppel.store.AccountLinkRow;
import io.koppel.store.BillingAddressMapper;
import io.koppel.store.ConnectionMapper;
import io.koppel.store.ConnectionRow;
import io.koppel.store.CustomerUpdateMapper;
import io.koppel.store.CustomerUpdateRow;
import io.koppel.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import io.koppel.api.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.ibatis.exceptions.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host's side of customer updates: stores each reported state of a billing address, then queues an update
 * in every division where the address is linked. Two commits, in this order, so a posting creating the
 * address's customer meanwhile either sees the new state (it reads it after storing its link) or its link is
 * seen here and the customer gets the update. {@link CustomerUpdateWork} sends the updates.
 */
@Component(service = CustomerService.class, configurationPid = CustomersConfiguration.PID)
public final class CustomerUpdates implements CustomerService {
    private static final Logger LOG = LoggerFactory.getLogger(CustomerUpdates.class);

    private final Store store;
    private final Clock clock;
    private final Duration settle;

    @Activate
    public CustomerUpdates(@Reference Store store, CustomersConfiguration configuration) {
        this(store, Clock.systemUTC(), Duration.ofSeconds(configuration.settleSeconds()));
    }

    /** @param settle how long an update waits after the change that queued it, for more changes to join it */
    public CustomerUpdates(Store store, Clock clock, Duration settle) {
        this.store = store;
        this.clock = clock;
        this.settle = settle;
    }

    @Override
    public List<CustomerUpdate> addressChanged(BillingAddress address) {
        Objects.requireNonNull(address, "address");
        long version = retryingOnce(() -> store(address));
        retryingOnce(() -> {
            queue(address.addressId(), version);
            return null;
        });
        return updates(address.addressId());
    }

    @Override
    public List<CustomerUpdate> updates(String addressId) {
        return store.transaction(s -> s.mapper(CustomerUpdateMapper.class).listByAddress(addressId)).stream()
                .map(CustomerUpdates::view).toList();
    }

    @Override
    public List<CustomerUpdate> updates(Set<Status> statuses, int limit) {
        List<CustomerUpdateRow> rows = new ArrayList<>();
        store.execute(s -> {
            CustomerUpdateMapper updates = s.mapper(CustomerUpdateMapper.class);
            if (statuses.isEmpty()) {
                rows.addAll(updates.list(null, limit));
            } else {
                statuses.forEach(status -> rows.addAll(updates.list(status, limit)));
            }
        });
        return rows.stream().sorted(Comparator.comparing(CustomerUpdateRow::requestedAt).reversed()
                .thenComparing(CustomerUpdateRow::addressId).thenComparing(CustomerUpdateRow::division)
                .thenComparing(CustomerUpdateRow::site))
                .limit(limit).map(CustomerUpdates::view).toList();
    }

    @Override
    public List<CustomerUpdate> resend(String addressId) {
        Instant now = clock.instant();
        store.execute(s -> s.mapper(CustomerUpdateMapper.class).resend(addressId, now));
        return updates(addressId);
    }

    /** The newest state, with the version the database gave it. */
    private long store(BillingAddress address) {
        Instant now = clock.instant();
        return store.transaction(s -> {
            BillingAddressMapper addresses = s.mapper(BillingAddressMapper.class);
            addresses.insertIfMissing(AddressStates.row(address, now));
            addresses.replace(AddressStates.row(address, now));
            return addresses.find(address.addressId()).version();
        });
    }

    private void queue(String addressId, long version) {
        Instant now = clock.instant();
        store.execute(s -> {
            List<AccountLinkRow> links = s.mapper(AccountLinkMapper.class).listByAddress(addressId);
            if (links.isEmpty()) {
                return;
            }
            List<ConnectionRow> connections = s.mapper(ConnectionMapper.class).list();
            CustomerUpdateMapper updates = s.mapper(CustomerUpdateMapper.class);
            for (AccountLinkRow link : links) {
                Map<ExactSite, String> reaching = reaching(link, connections);
                if (reaching.isEmpty()) {
                    LOG.warn("Address {} is linked in division {}, which no connection reaches: not updated there",
                            addressId, link.division());
                } else if (reaching.size() > 1) {
                    // a customer sent to the wrong site would be taken for one Exact no longer knows
                    LOG.warn("Address {} is linked in division {}, which connections on the sites {} reach, before"
                            + " Koppel recorded on which its customer is: not updated there", addressId,
                            link.division(), reaching.keySet());
                    continue;
                }
                reaching.forEach((site, hostEntity) -> {
                    if (updates.insertIfMissing(CustomerUpdateRow.queued(addressId, site, link.division(), hostEntity,
                            version, now, now.plus(settle))) == 0) {
                        updates.requeue(addressId, site, link.division(), hostEntity, version, now, now.plus(settle));
                    }
                });
            }
        });
    }

    /**
     * The site of the link's customer, with the first host entity whose connection reaches its division there: a
     * division number is unique only within its site. For a link made before its site was recorded, each site whose
     * connections reach the division.
     */
    private static Map<ExactSite, String> reaching(AccountLinkRow link, List<ConnectionRow> connections) {
        Map<ExactSite, String> reaching = new TreeMap<>();
        connections.stream()
                .filter(connection -> Objects.equals(connection.division(), link.division()))
                .filter(connection -> link.site() == null || connection.site() == link.site())
                .sorted(Comparator.comparing(ConnectionRow::hostEntity))
                .forEach(connection -> reaching.putIfAbsent(connection.site(), connection.hostEntity()));
        return reaching;
    }

    /** Two nodes adding the same row at once meet on its key: the second try finds it. */
    private static <T> T retryingOnce(Supplier<T> work) {
        try {
            return work.get();
        } catch (PersistenceException addedByAnotherNodeJustNow) {
            return work.get();
        }
    }

    static CustomerUpdate view(CustomerUpdateRow row) {
        return new CustomerUpdate(row.addressId(), row.division(), row.status(), Optional.ofNullable(row.reason()),
                row.requestedAt(), Optional.ofNullable(row.processedAt()));
    }
}
