package io.koppel.posting.internal;

import io.koppel.api.spi.PostingListener;
import io.koppel.auth.ExactAccess;
import io.koppel.client.ExactClient;
import io.koppel.client.ExchangeListener;
import io.koppel.posting.DivisionWork;
import io.koppel.store.KoppelNode;
import io.koppel.store.Store;
import io.koppel.posting.RetrySchedule;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works the posting queue on this node, from activation to deactivation. A bundle update or a Karaf stop lets the
 * postings being written finish; the rest stay in the queue.
 */
@Component(immediate = true, configurationPid = PostingConfiguration.PID)
@Designate(ocd = PostingConfiguration.class)
public class PostingWorker {
    private static final Logger LOG = LoggerFactory.getLogger(PostingWorker.class);
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(30);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<PostingListener> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<DivisionWork> otherWork = new CopyOnWriteArrayList<>();

    // Posting writes to Exact only while the transaction log records every write: updating the logging bundle
    // stops this worker first, and it starts again with the log.
    @Reference(target = "(component.name=io.koppel.logging.internal.ExchangeRecorder)")
    private ExchangeListener transactionLog;

    private final PostingQueue queue;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "koppel-posting-queue"));

    @Activate
    public PostingWorker(@Reference Store store, @Reference ExactAccess access, @Reference ExactClient client,
            PostingConfiguration configuration) {
        Clock clock = Clock.systemUTC();
        AtomicInteger writerNumber = new AtomicInteger();
        queue = new PostingQueue(store, access, processor(store, access, client, configuration, clock),
                () -> listeners, () -> otherWork, clock, KoppelNode.current().claimName(), Duration.ofSeconds(configuration.claimSeconds()),
                configuration.batchSize(), Executors.newFixedThreadPool(configuration.parallelDivisions(),
                        runnable -> new Thread(runnable, "koppel-division-writer-" + writerNumber.incrementAndGet())));
        queue.recover();
        poller.scheduleWithFixedDelay(this::poll, 0, configuration.pollMillis(), TimeUnit.MILLISECONDS);
    }

    static PostingProcessor processor(Store store, ExactAccess access, ExactClient client,
            PostingConfiguration configuration, Clock clock) {
        VatCodes vatCodes = VatCodes.of(configuration.vatCode(), configuration.vatCodesByMainCategory());
        RepeatingRefusals repeating = new RepeatingRefusals(store, clock,
                Duration.ofMinutes(configuration.refusalMemoryMinutes()));
        return new PostingProcessor(access,
                new ReferenceDataCache(client, clock, Duration.ofMinutes(configuration.referenceDataMinutes()),
                        repeating::referenceDataReloaded),
                new CustomerLinker(store, client, clock, configuration.codeAtSupplierPrefix()),
                new SalesEntryWriter(client, vatCodes), vatCodes, repeating, RetrySchedule.of(configuration.maxAttempts(),
                        configuration.maxRetryHours(), configuration.firstRetrySeconds(),
                        configuration.maxRetryMinutes()), clock);
    }

    private void poll() {
        try {
            queue.poll();
        } catch (RuntimeException e) {
            LOG.error("Could not look at the posting queue: {}", e.getMessage(), e);
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        poller.shutdownNow();
        queue.stop(STOP_PATIENCE);
    }
}
