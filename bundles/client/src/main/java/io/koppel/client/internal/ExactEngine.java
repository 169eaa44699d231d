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
public record ExactEngine(ExactClient client, TokenEndpoint tokenEndpoint, HttpTransport transport)
        implements AutoCloseable {

    public static ExactEngine of(ClientSettings settings, Supplier<? extends Iterable<ExchangeListener>> listeners) {
        return of(settings, listeners, new CxfTransport(settings.connectTimeout(), settings.readTimeout()));
    }

    static ExactEngine of(ClientSettings settings, Supplier<? extends Iterable<ExchangeListener>> listeners,
            HttpTransport transport) {
        RateLimiter limiter = new RateLimiter(settings.time(), settings.maxRateLimitWait());
        ExchangeReporter reporter = new ExchangeReporter(listeners);
        ApiCaller caller = new ApiCaller(transport, new DivisionGate(), limiter,
                new ErrorBudget(settings.errorBudgetPerHour()), reporter, settings.time(),
                settings.maxRateLimitRetries());
        return new ExactEngine(new DefaultExactClient(new ODataCalls(caller), limiter),
                new OAuthTokenEndpoint(transport, reporter, settings.time()), transport);
    }

    @Override
    public void close() {
        transport.close();
    }
}
