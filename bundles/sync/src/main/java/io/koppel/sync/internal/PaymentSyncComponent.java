package io.koppel.sync.internal;

import io.koppel.api.Messages;
import io.koppel.api.spi.SettlementHandler;
import io.koppel.api.spi.SyncFileListener;
import io.koppel.api.sync.Ledger;
import io.koppel.api.sync.MigratedDocument;
import io.koppel.api.sync.PaymentHandling;
import io.koppel.api.sync.PaymentSyncService;
import io.koppel.api.sync.ReportFormat;
import io.koppel.api.sync.SyncFile;
import io.koppel.api.sync.SyncHealth;
import io.koppel.auth.ExactAccess;
import io.koppel.auth.ExactWebhooks;
import io.koppel.client.ExactClient;
import io.koppel.store.KoppelNode;
import io.koppel.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Payment sync: the host's {@link PaymentSyncService}, Karaf's scheduler's job for automatic mode (a
 * {@link Runnable} with {@code scheduler.period}), and a listener to Exact's webhooks, which only make a run
 * come sooner.
 */
@Component(configurationPid = SyncConfiguration.PID,
        service = {PaymentSyncService.class, Runnable.class, EventHandler.class},
        property = {"scheduler.name=koppel-payment-sync", "scheduler.period:Long=900", "scheduler.concurrent:Boolean=false",
                EventConstants.EVENT_TOPIC + "=" + ExactWebhooks.TOPIC_ALL})
@Designate(ocd = SyncConfiguration.class)
public class PaymentSyncComponent implements PaymentSyncService, Runnable, EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentSyncComponent.class);

    private volatile SettlementHandler settlementHandler;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<SyncFileListener> listeners = new CopyOnWriteArrayList<>();

    private static final Duration HINT_SPACING = Duration.ofMinutes(1);
    private final Set<Integer> hinted = ConcurrentHashMap.newKeySet();
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            runnable -> new Thread(runnable, "koppel-sync-files"));
    private final ScheduledExecutorService hints = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "koppel-sync-webhook-runs"));
    private final SyncFiles files;
    private final AutomaticSync automatic;
    private final SettlementBook book;
    private final PaymentStates states;
    private final Duration patience;

    @Activate
    public PaymentSyncComponent(@Reference Store store, @Reference ExactAccess access, @Reference ExactClient client,
            SyncConfiguration configuration) {
        SyncEngine engine = SyncEngine.compose(store, access, client, Clock.systemUTC(), configuration,
                KoppelNode.current().claimName(), background, () -> Optional.ofNullable(settlementHandler),
                () -> listeners);
        this.patience = engine.patience();
        this.book = engine.book();
        this.files = engine.files();
        this.automatic = engine.automatic();
        this.states = engine.states();
        files.failAbandoned(Duration.ofMinutes(configuration.abandonedMinutes()));
        background.execute(this::deliver);
    }

    /** A host that comes (or comes back) hears at once what was recorded while it was away. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unsetSettlementHandler")
    void setSettlementHandler(SettlementHandler handler) {
        settlementHandler = handler;
        if (!background.isShutdown()) {
            background.execute(this::deliver);
        }
    }

    void unsetSettlementHandler(SettlementHandler handler) {
        if (settlementHandler == handler) {
            settlementHandler = null;
        }
    }

    @Deactivate
    public void deactivate() throws InterruptedException {
        background.shutdownNow();
        hints.shutdownNow();
        background.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** The scheduled run. */
    @Override
    public void run() {
        try {
            automatic.runAll();
        } catch (RuntimeException e) {
            LOG.warn("Automatic payment sync failed: {}", e.toString(), e);
        }
    }

    /** A webhook on a division (a bank entry, a sales entry) is a hint that payments may have moved there. */
    @Override
    public void handleEvent(Event event) {
        Object division = event.getProperty(ExactWebhooks.DIVISION);
        // A burst of events (a batch of postings) makes one run of the division, a minute after the first of them
        if (division instanceof Number number && hinted.add(number.intValue())) {
            hints.schedule(() -> {
                hinted.remove(number.intValue());
                try {
                    automatic.runDivision(number.intValue());
                } catch (RuntimeException e) {
                    LOG.warn("Payment sync after a webhook failed: {}", e.toString());
                }
            }, HINT_SPACING.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void deliver() {
        try {
            book.deliver();
        } catch (RuntimeException e) {
            LOG.warn("Settlements could not be delivered yet: {}", e.toString());
        }
    }

    @Override
    public SyncFile createSyncFile(String ledger, Set<String> hostEntities) {
        Optional<Ledger> known = ledgers().stream().filter(l -> l.id().equals(ledger)).findFirst();
        defineLedger(new Ledger(ledger, known.map(Ledger::name).orElse(ledger), hostEntities));
        return createSyncFile(ledger);
    }

    @Override
    public SyncFile createSyncFile(String ledger) {
        return files.create(ledger);
    }

    @Override
    public List<SyncFile> syncFiles(String ledger) {
        return files.files(ledger, Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"));
    }

    @Override
    public List<SyncFile> syncFiles(String ledger, int year) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return files.files(ledger, from, LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    @Override
    public Optional<SyncFile> syncFile(String syncFileId) {
        return files.find(syncFileId);
    }

    @Override
    public byte[] download(String syncFileId) {
        return files.download(syncFileId);
    }

    @Override
    public SyncFile preview(byte[] file) {
        return files.preview(file);
    }

    @Override
    public SyncFile process(byte[] file) {
        return files.process(file);
    }

    @Override
    public SyncFile process(String syncFileId) {
        return files.process(syncFileId);
    }

    @Override
    public byte[] report(String syncFileId, ReportFormat format) {
        return files.report(syncFileId, format, Messages.supported(Locale.getDefault()));
    }

    @Override
    public Ledger defineLedger(Ledger ledger) {
        return files.define(ledger);
    }

    @Override
    public List<Ledger> ledgers() {
        return files.ledgers();
    }

    @Override
    public void registerMigrated(MigratedDocument document) {
        states.registerMigrated(document);
    }

    @Override
    public void setHandling(String documentNumber, PaymentHandling handling) {
        states.setHandling(documentNumber, handling);
    }

    @Override
    public SyncHealth configureAutomatic(String hostEntity, boolean on, int toleranceCents) {
        return automatic.configure(hostEntity, on, toleranceCents);
    }

    @Override
    public SyncHealth runNow(String hostEntity) {
        return automatic.runNow(hostEntity, patience);
    }

    @Override
    public SyncHealth health(String hostEntity) {
        return automatic.health(hostEntity);
    }

    @Override
    public List<SyncHealth> health() {
        return automatic.health();
    }
}
