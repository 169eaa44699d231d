package io.koppel.logging.internal;

import io.koppel.store.Store;
import io.koppel.store.TransactionLogMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes log entries past the retention once a day. Every node runs it; deleting twice does no harm.
 */
@Component(configurationPid = LoggingConfiguration.PID, immediate = true)
public class LogPurge {
    private static final Logger LOG = LoggerFactory.getLogger(LogPurge.class);

    private final Store store;
    private final Duration retention;
    private final Clock clock;
    private final ScheduledExecutorService daily = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "koppel-log-purge"));

    @Activate
    public LogPurge(@Reference Store store, LoggingConfiguration configuration) {
        this(store, Duration.ofDays(configuration.retentionDays()), Clock.systemUTC());
        daily.scheduleAtFixedRate(this::purge, 1, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    }

    LogPurge(Store store, Duration retention, Clock clock) {
        this.store = store;
        this.retention = retention;
        this.clock = clock;
    }

    /** @return how many entries were deleted */
    int purge() {
        Instant cutoff = clock.instant().minus(retention);
        try {
            int purged = store.transaction(session -> {
                TransactionLogMapper log = session.mapper(TransactionLogMapper.class);
                return log.purgeBefore(cutoff) + log.purgeConfigurationChangesBefore(cutoff);
            });
            LOG.info("Purged {} transaction log entries older than {}", purged, cutoff);
            return purged;
        } catch (RuntimeException e) {
            LOG.error("Could not purge the transaction log: {}", e.getMessage(), e);
            return 0;
        }
    }

    @Deactivate
    void deactivate() {
        daily.shutdownNow();
    }
}
