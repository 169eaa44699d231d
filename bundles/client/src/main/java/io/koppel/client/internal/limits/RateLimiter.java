package io.koppel.client.internal.limits;

import io.koppel.client.ExactRateLimitException;
import io.koppel.client.ExactRateLimitException.Window;
import io.koppel.client.ExactTransientException;
import io.koppel.client.RateBudget;
import io.koppel.client.TimeSource;
import io.koppel.client.internal.http.HttpResponse;
import io.koppel.client.internal.wire.RateLimitHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each division inside Exact's limits, fed by the X-RateLimit-* headers of every response: before a call
 * it waits for a spent window to reset rather than earn a 429 (each of which also counts against Exact's
 * error budget). Meant to be used with the division's {@link DivisionGate} held, so the count it keeps is not
 * raced by this JVM's own requests.
 */
public final class RateLimiter {
    /**
     * Sent this much after Exact's reset instant: our clock and Exact's differ a little, and a call that arrives
     * just before the reset is a 429.
     */
    static final Duration CLOCK_MARGIN = Duration.ofSeconds(1);

    private final Map<DivisionKey, DivisionBudget> budgets = new ConcurrentHashMap<>();
    private final TimeSource time;
    private final Duration maxWait;

    public RateLimiter(TimeSource time, Duration maxWait) {
        this.time = time;
        this.maxWait = maxWait;
    }

    /**
     * Returns when a call to the division may be sent, and counts it.
     *
     * @throws ExactRateLimitException when the wait would be longer than the configured maximum
     */
    public void beforeSend(DivisionKey key) {
        DivisionBudget budget = budgetOf(key);
        while (true) {
            Instant now = time.now();
            Instant daily = budget.dailyBlockedUntil(now);
            Instant minutely = budget.minutelyBlockedUntil(now);
            if (daily == null && minutely == null) {
                budget.spendOne(now);
                return;
            }
            Window window = daily != null ? Window.DAILY : Window.MINUTELY;
            Instant until = daily != null ? daily : minutely;
            if (until == null) {
                until = nextMinute(now);
            }
            Duration wait = Duration.between(now, until).plus(CLOCK_MARGIN);
            if (wait.compareTo(maxWait) > 0) {
                throw new ExactRateLimitException(window, until, "Exact's " + window.name().toLowerCase()
                        + " rate limit for division " + key.division() + " is spent until " + until, 429);
            }
            sleep(wait, key);
        }
    }

    /** Learns from a response's headers; a 429 without usable headers blocks the rest of the minute. */
    public void afterResponse(DivisionKey key, HttpResponse response) {
        DivisionBudget budget = budgetOf(key);
        Instant now = time.now();
        budget.observe(RateLimitHeaders.of(response), now);
        if (response.status() == 429 && !isEndpointBlock(response) && budget.dailyBlockedUntil(now) == null
                && budget.minutelyBlockedUntil(now) == null) {
            // Headers missing or still showing calls left (another app or node shares the bucket): Exact's
            // minutely windows are aligned to the clock minute, so the next one starts then.
            budget.exhaustMinutely(nextMinute(now));
        }
    }

    /**
     * A 429 that explains itself in its body while the division still has calls left this minute: Exact blocked
     * one endpoint after too many errors, which no wait of a minute undoes and which leaves the division's other
     * endpoints open. A rate-limit 429 comes with an empty body.
     */
    public static boolean isEndpointBlock(HttpResponse response) {
        String body = response.body();
        if (response.status() != 429 || body == null || body.isBlank()) {
            return false;
        }
        String remaining = response.header("X-RateLimit-Minutely-Remaining");
        try {
            return remaining == null || Integer.parseInt(remaining.trim()) > 0;
        } catch (NumberFormatException unreadable) {
            return true;
        }
    }

    public Optional<RateBudget> budget(DivisionKey key) {
        DivisionBudget budget = budgets.get(key);
        return budget == null ? Optional.empty() : Optional.ofNullable(budget.snapshot(time.now()));
    }

    private DivisionBudget budgetOf(DivisionKey key) {
        return budgets.computeIfAbsent(key, k -> new DivisionBudget());
    }

    private void sleep(Duration wait, DivisionKey key) {
        try {
            time.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExactTransientException("interrupted while waiting for the rate limit of " + key, null,
                    false, e);
        }
    }

    private static Instant nextMinute(Instant now) {
        return now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
    }
}
