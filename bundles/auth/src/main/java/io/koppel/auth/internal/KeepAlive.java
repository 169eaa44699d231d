package io.koppel.auth.internal;

import io.koppel.api.connection.ConnectionState;
import io.koppel.store.ConnectionRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Refreshes idle links on a schedule, so that Exact never lets their refresh tokens expire. */
final class KeepAlive implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KeepAlive.class);

    private final ConnectionRows rows;
    private final TokenCipher cipher;
    private final TokenRefresher refresher;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    KeepAlive(ConnectionRows rows, TokenCipher cipher, TokenRefresher refresher, Clock clock) {
        this.rows = rows;
        this.cipher = cipher;
        this.refresher = refresher;
        this.clock = clock;
    }

    /** Checks every {@code every} for links idle longer than {@code idle}. */
    void start(Duration idle, Duration every) {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "koppel-keep-alive"));
        scheduler.scheduleWithFixedDelay(() -> keepIdleLinksAlive(idle), 1, every.toMinutes(), TimeUnit.MINUTES);
    }

    /** Refreshes links nobody used for {@code idle}, so Exact's 30-day expiry of refresh tokens never hits them. */
    void keepIdleLinksAlive(Duration idle) {
        Instant now = clock.instant();
        for (ConnectionRow row : rows.list()) {
            boolean linked = row.refreshToken() != null && row.state() != ConnectionState.NEEDS_REAUTHORIZATION
                    && cipher.canOpen(row.refreshToken(), row.hostEntity());
            if (linked && row.tokensRefreshedAt() != null && row.tokensRefreshedAt().plus(idle).isBefore(now)) {
                try {
                    refresher.keepAlive(row.hostEntity());
                    LOG.info("Kept the idle link of {} alive", row.hostEntity());
                } catch (RuntimeException e) {
                    LOG.warn("Could not keep the link of {} alive: {}", row.hostEntity(), e.getMessage());
                }
            }
        }
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
