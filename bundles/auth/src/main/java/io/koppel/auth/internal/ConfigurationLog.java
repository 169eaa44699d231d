package io.koppel.auth.internal;

import io.koppel.api.log.SearchNumbers;
import io.koppel.client.Exchange;
import io.koppel.client.ExchangeListener;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a connection's configuration changes in the transaction log under search number 55555, beside the
 * exchanges with Exact that checked them, so an admin sees who changed what and when.
 */
final class ConfigurationLog {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationLog.class);

    private final Supplier<List<ExchangeListener>> listeners;
    private final Clock clock;

    ConfigurationLog(Supplier<List<ExchangeListener>> listeners, Clock clock) {
        this.listeners = listeners;
        this.clock = clock;
    }

    void changed(String hostEntity, Integer division, String change, String details) {
        Exchange entry = new Exchange(clock.instant(), hostEntity, division, SearchNumbers.CONFIGURATION,
                "configuration." + change, "-", "koppel:" + change + " " + details, null, 0, false, null, null);
        for (ExchangeListener listener : listeners.get()) {
            try {
                listener.exchanged(entry);
            } catch (RuntimeException e) {
                LOG.warn("A transaction log listener failed on a configuration change: {}", e.getMessage());
            }
        }
    }
}
