package io.koppel.client;

import java.time.Instant;

/**
 * What is left of Exact's rate limits for one app and division, as the last response's X-RateLimit-* headers
 * told, counted down for calls sent since. A window whose reset time has passed is reported full again.
 *
 * @param daily      calls per day (resets at 00:00 UTC), or null when Exact has not said yet
 * @param minutely   calls per minute, or null when Exact has not said yet
 * @param observedAt when the last headers arrived
 */
public record RateBudget(Window daily, Window minutely, Instant observedAt) {

    /**
     * @param limit     the window's size (Exact: 5,000 a day, 60 a minute for new apps)
     * @param remaining calls left in the window
     * @param resetAt   when the window starts anew
     */
    public record Window(int limit, int remaining, Instant resetAt) {
    }
}
