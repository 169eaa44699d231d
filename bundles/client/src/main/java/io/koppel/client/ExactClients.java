package io.koppel.client;

import io.koppel.client.internal.ExactService;
import java.util.List;

/**
 * Makes a client without OSGi, e.g. for a test against the Exact simulator. In Karaf, use the {@link ExactClient}
 * and {@link TokenEndpoint} services instead; they are configured under PID {@code io.koppel.client}.
 */
public final class ExactClients {
    private ExactClients() {
    }

    public static StandaloneExactClient create(ClientSettings settings, ExchangeListener... listeners) {
        List<ExchangeListener> fixed = List.of(listeners);
        return new ExactService(settings, () -> fixed);
    }
}
