package io.koppel.client.internal;

import io.koppel.client.ClientSettings;
import io.koppel.client.ExactClient;
import io.koppel.client.ExchangeListener;
import io.koppel.client.TokenEndpoint;
import io.koppel.client.internal.http.CxfTransport;
import io.koppel.client.internal.http.HttpTransport;
import io.koppel.client.internal.limits.DivisionGate;
import io.koppel.client.internal.limits.ErrorBudget;
import io.koppel.client.internal.limits.RateLimiter;
import io.koppel.client.internal.ops.ApiCaller;
import io.koppel.client.internal.ops.DefaultExactClient;
import io.koppel.client.internal.ops.ExchangeReporter;
import io.koppel.client.internal.ops.OAuthTokenEndpoint;
import io.koppel.client.internal.ops.ODataCalls;
import java.util.function.Supplier;

/**
 * The parts of the client wired together for one configuration: one transport, one rate limiter and error budget,
 * shared by the {@link ExactClient} and the {@link TokenEndpoint} it hands out. Close it to release the
 * connections.
 */
public final class ExactEngine implements AutoCloseable {
    private final HttpTransport transport;
    private final ExactClient client;
    private final TokenEndpoint tokenEndpoint;

    public ExactEngine(ClientSettings settings, Supplier<? extends Iterable<ExchangeListener>> listeners) {
        this(settings, listeners, new CxfTransport(settings.connectTimeout(), settings.readTimeout()));
    }

    ExactEngine(ClientSettings settings, Supplier<? extends Iterable<ExchangeListener>> listeners,
            HttpTransport transport) {
        this.transport = transport;
        RateLimiter limiter = new RateLimiter(settings.time(), settings.maxRateLimitWait());
        ExchangeReporter reporter = new ExchangeReporter(listeners);
        ApiCaller caller = new ApiCaller(transport, new DivisionGate(), limiter,
                new ErrorBudget(settings.errorBudgetPerHour()), reporter, settings.time(),
                settings.maxRateLimitRetries());
        this.client = new DefaultExactClient(new ODataCalls(caller), limiter);
        this.tokenEndpoint = new OAuthTokenEndpoint(transport, reporter, settings.time());
    }

    public ExactClient client() {
        return client;
    }

    public TokenEndpoint tokenEndpoint() {
        return tokenEndpoint;
    }

    @Override
    public void close() {
        transport.close();
    }
}
