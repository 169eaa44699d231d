package io.koppel.client.internal;

import io.koppel.client.ClientSettings;
import io.koppel.client.ExactClient;
import io.koppel.client.ExchangeListener;
import io.koppel.client.TimeSource;
import io.koppel.client.TokenEndpoint;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
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
 * Runs the client's {@link ExactEngine} for the configuration under PID {@code io.koppel.client} and registers its
 * {@link ExactClient} and {@link TokenEndpoint} as services (declared as capabilities for Karaf's resolver, which
 * cannot see services registered in code). A configuration change restarts the component (its
 * connections are built for one set of timeouts); exchange listeners come and go while it runs.
 */
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=io.koppel.client.ExactClient",
        uses = ExactClient.class)
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=io.koppel.client.TokenEndpoint",
        uses = TokenEndpoint.class)
@Component(configurationPid = ClientConfiguration.PID, immediate = true)
@Designate(ocd = ClientConfiguration.class)
public class ExactClientComponent {
    private static final Logger LOG = LoggerFactory.getLogger(ExactClientComponent.class);

    private final List<ExchangeListener> listeners = new CopyOnWriteArrayList<>();
    private ClientSettings settings;
    private ExactEngine engine;
    private ServiceRegistration<ExactClient> client;
    private ServiceRegistration<TokenEndpoint> tokenEndpoint;

    /**
     * Registers the services only after DS has bound the listeners present, so no early exchange goes unlogged. The
     * engine (and its CXF bus) is made when a bundle first uses a service, not at start: a bus made while Karaf is
     * still starting CXF's HTTP transport would never find it ("No conduit initiator was found").
     */
    @Activate
    void activate(ClientConfiguration configuration, BundleContext context) {
        this.settings = settings(configuration);
        this.client = context.registerService(ExactClient.class, onFirstUse(() -> engine().client()), null);
        this.tokenEndpoint = context.registerService(TokenEndpoint.class, onFirstUse(() -> engine().tokenEndpoint()),
                null);
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
    synchronized void deactivate() {
        tokenEndpoint.unregister();
        client.unregister();
        if (engine != null) {
            engine.close();
        }
    }

    private synchronized ExactEngine engine() {
        if (engine == null) {
            engine = ExactEngine.of(settings, () -> listeners);
        }
        return engine;
    }

    private static <S> ServiceFactory<S> onFirstUse(Supplier<S> service) {
        return new ServiceFactory<>() {
            @Override
            public S getService(Bundle bundle, ServiceRegistration<S> registration) {
                return service.get();
            }

            @Override
            public void ungetService(Bundle bundle, ServiceRegistration<S> registration, S used) {
                // one engine for every user, closed with the component
            }
        };
    }

    static ClientSettings settings(ClientConfiguration configuration) {
        return new ClientSettings(Duration.ofMillis(configuration.connectTimeoutMillis()),
                Duration.ofMillis(configuration.readTimeoutMillis()),
                Duration.ofSeconds(configuration.maxRateLimitWaitSeconds()),
                configuration.maxRateLimitRetries(), TimeSource.system(), configuration.errorBudgetPerHour());
    }
}
