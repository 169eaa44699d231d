package io.koppel.client.internal;

import io.koppel.client.ClientSettings;
import io.koppel.client.ExactClient;
import io.koppel.client.ExchangeListener;
import io.koppel.client.TimeSource;
import io.koppel.client.TokenEndpoint;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * The client and token endpoint as OSGi services. A configuration change restarts the component (its
 * connections are built for one set of timeouts); exchange listeners come and go while it runs.
 */
@Component(configurationPid = ClientConfiguration.PID, service = {ExactClient.class, TokenEndpoint.class})
@Designate(ocd = ClientConfiguration.class)
public class ExactClientComponent extends ExactService {
    private static final Logger LOG = LoggerFactory.getLogger(ExactClientComponent.class);

    private final List<ExchangeListener> listeners;

    @Activate
    public ExactClientComponent(ClientConfiguration configuration) {
        this(configuration, new CopyOnWriteArrayList<>());
    }

    private ExactClientComponent(ClientConfiguration configuration, List<ExchangeListener> listeners) {
        super(settings(configuration), () -> listeners);
        this.listeners = listeners;
        LOG.info("Exact client ready: connect timeout {} ms, read timeout {} ms, rate-limit waits up to {} s",
                configuration.connectTimeoutMillis(), configuration.readTimeoutMillis(),
                configuration.maxRateLimitWaitSeconds());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addExchangeListener(ExchangeListener listener) {
        listeners.add(listener);
    }

    void removeExchangeListener(ExchangeListener listener) {
        listeners.remove(listener);
    }

    @Deactivate
    void deactivate() {
        close();
    }

    static ClientSettings settings(ClientConfiguration configuration) {
        return new ClientSettings(Duration.ofMillis(configuration.connectTimeoutMillis()),
                Duration.ofMillis(configuration.readTimeoutMillis()),
                Duration.ofSeconds(configuration.maxRateLimitWaitSeconds()),
                configuration.maxRateLimitRetries(), TimeSource.system(), configuration.errorBudgetPerHour());
    }
}
