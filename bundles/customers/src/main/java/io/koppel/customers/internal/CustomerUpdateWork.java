package io.koppel.customers.internal;

import io.koppel.auth.LinkedConnection;
import io.koppel.client.ExactClient;
import io.koppel.client.ExchangeListener;
import io.koppel.posting.DivisionWork;
import io.koppel.posting.RetrySchedule;
import io.koppel.store.KoppelNode;
import io.koppel.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Customer updates as work of the posting queue's division writers: they run under the division's lease, in
 * turns with postings, so a division never gets two calls at once and shares its call budget between both.
 */
@Component(service = DivisionWork.class, configurationPid = CustomersConfiguration.PID)
@Designate(ocd = CustomersConfiguration.class)
public class CustomerUpdateWork implements DivisionWork {

    // Updates are sent only while the transaction log records every write, as postings are.
    @Reference(target = "(component.name=io.koppel.logging.internal.ExchangeRecorder)")
    private ExchangeListener transactionLog;

    private final CustomerUpdater updater;

    @Activate
    public CustomerUpdateWork(@Reference Store store, @Reference ExactClient client,
            CustomersConfiguration configuration) {
        this.updater = new CustomerUpdater(store, client, Clock.systemUTC(), KoppelNode.current().claimName(),
                Duration.ofSeconds(configuration.claimSeconds()), retrySchedule(configuration));
        updater.recover();
    }

    /** The retries of customer updates as the configuration states them. */
    public static RetrySchedule retrySchedule(CustomersConfiguration configuration) {
        return RetrySchedule.of(configuration.maxAttempts(), configuration.maxRetryHours(),
                configuration.firstRetrySeconds(), configuration.maxRetryMinutes());
    }

    @Override
    public List<String> dueHostEntities(Instant now, int limit) {
        return updater.dueHostEntities(now, limit);
    }

    @Override
    public boolean workOne(LinkedConnection connection) {
        return updater.workOne(connection);
    }
}
