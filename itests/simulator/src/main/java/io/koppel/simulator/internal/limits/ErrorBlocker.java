package io.koppel.simulator.internal.limits;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exact blocks an API key for about an hour after more than 10 errors (400, 401, 403, 404...) per app,
 * user, division and endpoint within an hour. Errors are counted over a sliding hour.
 */
public final class ErrorBlocker {
    public static final Duration WINDOW = Duration.ofHours(1);
    public static final Duration BLOCK = Duration.ofHours(1);

    private volatile int threshold;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    public ErrorBlocker(int threshold) {
        this.threshold = threshold;
    }

    private static final class State {
        final Deque<Instant> errors = new ArrayDeque<>();
        Instant blockedUntil;
    }

    /** When the key is blocked, the instant the block ends; else null. */
    public Instant blockedUntil(String key, Instant now) {
        if (threshold <= 0) {
            return null;
        }
        State state = states.get(key);
        if (state == null) {
            return null;
        }
        synchronized (state) {
            return state.blockedUntil != null && now.isBefore(state.blockedUntil) ? state.blockedUntil : null;
        }
    }

    public void recordError(String key, Instant now) {
        if (threshold <= 0) {
            return;
        }
        State state = states.computeIfAbsent(key, k -> new State());
        synchronized (state) {
            state.errors.addLast(now);
            Instant horizon = now.minus(WINDOW);
            while (!state.errors.isEmpty() && state.errors.peekFirst().isBefore(horizon)) {
                state.errors.removeFirst();
            }
            if (state.errors.size() > threshold) {
                state.blockedUntil = now.plus(BLOCK);
                state.errors.clear();
            }
        }
    }

    public void setThreshold(int threshold) {
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    public void clear() {
        states.clear();
    }
}
