package io.koppel.client.internal.limits;

import io.koppel.client.RateBudget;
import io.koppel.client.internal.wire.RateLimitHeaders;
import java.time.Instant;

/** The daily and minutely windows of one division, as the last response told them. Thread-safe. */
final class DivisionBudget {
    private final RateWindow daily = new RateWindow();
    private final RateWindow minutely = new RateWindow();
    private Instant observedAt;

    synchronized void observe(RateLimitHeaders headers, Instant now) {
        daily.observe(headers.dailyLimit(), headers.dailyRemaining(), headers.dailyReset());
        minutely.observe(headers.minutelyLimit(), headers.minutelyRemaining(), headers.minutelyReset());
        if (headers.hasDaily() || headers.hasMinutely()) {
            observedAt = now;
        }
    }

    synchronized void exhaustMinutely(Instant until) {
        minutely.exhaust(until);
    }

    synchronized void spendOne(Instant now) {
        daily.spendOne(now);
        minutely.spendOne(now);
    }

    synchronized Instant dailyBlockedUntil(Instant now) {
        return daily.blockedUntil(now);
    }

    synchronized Instant minutelyBlockedUntil(Instant now) {
        return minutely.blockedUntil(now);
    }

    synchronized RateBudget snapshot(Instant now) {
        if (observedAt == null) {
            return null;
        }
        return new RateBudget(daily.snapshot(now), minutely.snapshot(now), observedAt);
    }
}
