package io.koppel.simulator.internal.limits;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts calls that overlap in time on one division. Exact does not refuse them, but warns that parallel
 * requests are queued in random order and break data integrity, so Koppel must not make them.
 */
public final class ConcurrencyTracker {
    private final Map<Integer, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicLong> overlaps = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> maxConcurrent = new ConcurrentHashMap<>();

    /** Marks a call as started; returns true if another call to the division was already in flight. */
    public boolean enter(int division) {
        int now = inFlight.computeIfAbsent(division, d -> new AtomicInteger()).incrementAndGet();
        maxConcurrent.computeIfAbsent(division, d -> new AtomicInteger()).accumulateAndGet(now, Math::max);
        if (now > 1) {
            overlaps.computeIfAbsent(division, d -> new AtomicLong()).incrementAndGet();
            return true;
        }
        return false;
    }

    public void exit(int division) {
        inFlight.get(division).decrementAndGet();
    }

    public Map<Integer, Long> overlaps() {
        Map<Integer, Long> result = new TreeMap<>();
        overlaps.forEach((d, n) -> result.put(d, n.get()));
        return result;
    }

    public Map<Integer, Integer> maxConcurrent() {
        Map<Integer, Integer> result = new TreeMap<>();
        maxConcurrent.forEach((d, n) -> result.put(d, n.get()));
        return result;
    }

    public void clear() {
        overlaps.clear();
        maxConcurrent.clear();
    }
}
