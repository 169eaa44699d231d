package io.koppel.client.internal;

import io.koppel.client.internal.http.HttpRequest;
import io.koppel.client.internal.http.HttpResponse;
import io.koppel.client.internal.http.HttpTransport;
import io.koppel.client.internal.http.TransportFailure;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Wraps the real transport and records, per division, the most requests it ever had in flight at once. */
final class InFlightCounter implements HttpTransport {
    private static final Pattern DIVISION = Pattern.compile("^/api/v1/(\\d+)/");

    private final HttpTransport delegate;
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    final Map<String, Integer> maxInFlight = new ConcurrentHashMap<>();

    InFlightCounter(HttpTransport delegate) {
        this.delegate = delegate;
    }

    @Override
    public HttpResponse send(HttpRequest request) throws TransportFailure {
        Matcher m = DIVISION.matcher(request.uri().getPath());
        String division = m.find() ? m.group(1) : "none";
        AtomicInteger counter = inFlight.computeIfAbsent(division, d -> new AtomicInteger());
        int now = counter.incrementAndGet();
        maxInFlight.merge(division, now, Math::max);
        try {
            return delegate.send(request);
        } finally {
            counter.decrementAndGet();
        }
    }

    @Override
    public void close() {
        delegate.close();
    }
}
