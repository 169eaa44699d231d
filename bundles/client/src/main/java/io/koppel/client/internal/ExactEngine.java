package io.koppel.client.internal;

import io.koppel.client.ClientSettings;
import io.koppel.client.ExchangeListener;
import io.koppel.client.internal.http.CxfTransport;
import io.koppel.client.internal.http.HttpTransport;
import io.koppel.client.internal.limits.DivisionGate;
import io.koppel.client.internal.limits.ErrorBudget;
import io.koppel.client.internal.limits.RateLimiter;
import io.koppel.client.internal.ops.ApiCaller;
import io.koppel.client.internal.ops.ExchangeReporter;
import io.koppel.client.internal.ops.OAuthTokenEndpoint;
import io.koppel.client.internal.ops.ODataCalls;
import java.util.function.Supplier;

/** Wires the parts of the client together for one configuration. */
final class ExactEngine implements AutoCloseable {
    private final HttpTransport transport;
    private final RateLimiter limiter;
    private final ODataCalls calls;
    private final OAuthTokenEndpoint tokenEndpoint;

    ExactEngine(ClientSettings settings, Supplier<? extends Iterable<ExchangeListener>> listeners) {
        this(settings, listeners, new CxfTransport(settings.connectTimeout(), settings.readTimeout()));
    }

    ExactEngine(ClientSettings settings, Supplier<? extends Iterable<ExchangeListener>> listeners,
            HttpTransport transport) {
        this.transport = transport;
        this.limiter = new RateLimiter(settings.time(), settings.maxRateLimitWait());
        ExchangeReporter reporter = new ExchangeReporter(listeners);
        ApiCaller caller = new ApiCaller(transport, new DivisionGate(), limiter,
                new ErrorBudget(settings.errorBudgetPerHour()), reporter, settings.time(),
                settings.maxRateLimitRetries());
        this.calls = new ODataCalls(caller);
        this.tokenEndpoint = new OAuthTokenEndpoint(transport, reporter, settings.time());
    }

    RateLimiter limiter() {
        return limiter;
    }

    ODataCalls calls() {
        return calls;
    }

    OAuthTokenEndpoint tokenEndpoint() {
        return tokenEndpoint;
    }

    @Override
    public void close() {
        transport.close();
    }
}
