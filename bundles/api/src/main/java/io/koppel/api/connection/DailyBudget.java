package io.koppel.api.connection;

import java.time.Instant;

/**
 * How much of Exact's daily call limit a division has used, as Exact's last answer on this node told.
 *
 * @param limit calls a day (Exact: 5,000 for a new app)
 * @param remaining calls left today
 * @param resetAt when the day starts anew (00:00 UTC)
 */
public record DailyBudget(int limit, int remaining, Instant resetAt) {

    /** Calls made today. */
    public int used() {
        return Math.max(0, limit - remaining);
    }
}
