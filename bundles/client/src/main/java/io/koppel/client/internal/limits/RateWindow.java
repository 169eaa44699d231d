package io.koppel.client.internal.limits;

import io.koppel.client.RateBudget;
import java.time.Instant;

/**
 * What is known of one of Exact's windows (daily or minutely) for a division: its size, the calls left and
 * when it starts anew. Mutable, guarded by the owning {@link DivisionBudget}.
 */
final class RateWindow {
    private Integer limit;
    private Integer remaining;
    private Instant resetAt;

    void observe(Integer newLimit, Integer newRemaining, Instant newResetAt) {
        if (newRemaining == null) {
            return;
        }
        limit = newLimit != null ? newLimit : limit;
        remaining = newRemaining;
        resetAt = newResetAt != null ? newResetAt : resetAt;
    }

    /** Marks the window spent until {@code until}, for a 429 that came without this window's headers. */
    void exhaust(Instant until) {
        remaining = 0;
        resetAt = until;
    }

    /** Counts a call sent before its response tells the new figure (another process may be counting too). */
    void spendOne(Instant now) {
        if (remaining != null && !hasReset(now) && remaining > 0) {
            remaining--;
        }
    }

    /** When this window blocks a call at {@code now}, the instant it reopens; else null. */
    Instant blockedUntil(Instant now) {
        if (remaining == null || remaining > 0 || hasReset(now)) {
            return null;
        }
        return resetAt;
    }

    boolean known() {
        return remaining != null && limit != null;
    }

    RateBudget.Window snapshot(Instant now) {
        if (!known()) {
            return null;
        }
        int left = hasReset(now) ? limit : remaining;
        return new RateBudget.Window(limit, left, resetAt);
    }

    private boolean hasReset(Instant now) {
        return resetAt != null && !now.isBefore(resetAt);
    }
}
