package io.koppel.client.internal.limits;

import io.koppel.client.ExactRateLimitException;
import io.koppel.client.ExactRateLimitException.Window;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exact blocks an app for an hour once one endpoint of a division earns more than ten errors within an hour, and
 * the block stops every document that needs the endpoint. This budget stops the client earlier: after
 * {@code perHour} refusals on an endpoint it sends that endpoint nothing until the oldest refusal is an hour old,
 * while the division's other endpoints stay open.
 */
public final class ErrorBudget {
    static final Duration WINDOW = Duration.ofHours(1);

    private final int perHour;
    private final Map<String, Errors> byEndpoint = new ConcurrentHashMap<>();

    /** @param perHour refusals allowed per endpoint and division within an hour; 0 turns the budget off */
    public ErrorBudget(int perHour) {
        this.perHour = perHour;
    }

    /**
     * @throws ExactRateLimitException with {@link Window#ENDPOINT_ERRORS} while the endpoint's budget is spent
     */
    public void check(DivisionKey key, String endpoint, Instant now) {
        Errors errors = byEndpoint.get(id(key, endpoint));
        Instant until = errors == null ? null : errors.closedUntil(now, perHour);
        if (until != null) {
            throw new ExactRateLimitException(Window.ENDPOINT_ERRORS, until, endpoint, "Koppel calls " + endpoint
                    + " of division " + key.division() + " no more until " + until + ": it refused " + perHour
                    + " requests within an hour, and Exact blocks the app after 10", null);
        }
    }

    /** Counts an answer: every 4xx but 429 counts toward Exact's block (400, 401, 403, 404 included). */
    public void observe(DivisionKey key, String endpoint, int status, Instant now) {
        if (perHour > 0 && status >= 400 && status < 500 && status != 429) {
            byEndpoint.computeIfAbsent(id(key, endpoint), k -> new Errors()).add(now);
        }
    }

    /** Exact itself blocked the endpoint: nothing is sent to it until then. */
    public void closeUntil(DivisionKey key, String endpoint, Instant until) {
        byEndpoint.computeIfAbsent(id(key, endpoint), k -> new Errors()).closeUntil(until);
    }

    private static String id(DivisionKey key, String endpoint) {
        return key + "|" + endpoint.toLowerCase(java.util.Locale.ROOT);
    }

    private static final class Errors {
        private final Deque<Instant> times = new ArrayDeque<>();
        private Instant closedUntil;

        synchronized void add(Instant now) {
            times.addLast(now);
        }

        synchronized void closeUntil(Instant until) {
            closedUntil = closedUntil == null || until.isAfter(closedUntil) ? until : closedUntil;
        }

        synchronized Instant closedUntil(Instant now, int perHour) {
            while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
                times.removeFirst();
            }
            if (closedUntil != null && closedUntil.isAfter(now)) {
                return closedUntil;
            }
            return perHour > 0 && times.size() >= perHour ? times.peekFirst().plus(WINDOW) : null;
        }
    }
}
