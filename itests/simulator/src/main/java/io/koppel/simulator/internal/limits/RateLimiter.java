package io.koppel.simulator.internal.limits;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exact's per-app, per-division call limits: a minutely window aligned to the clock minute and a daily
 * window reset at 00:00 UTC, announced in the six X-RateLimit-* headers with epoch-millisecond resets.
 */
public final class RateLimiter {
    public static final String DAILY_LIMIT = "X-RateLimit-Limit";
    public static final String DAILY_REMAINING = "X-RateLimit-Remaining";
    public static final String DAILY_RESET = "X-RateLimit-Reset";
    public static final String MINUTELY_LIMIT = "X-RateLimit-Minutely-Limit";
    public static final String MINUTELY_REMAINING = "X-RateLimit-Minutely-Remaining";
    public static final String MINUTELY_RESET = "X-RateLimit-Minutely-Reset";
    private static final long MINUTE = 60_000L;
    private static final long DAY = 86_400_000L;

    public record Limits(int minutely, int daily) {
    }

    /** Outcome of one call: allowed or not, and the headers to send with the answer. */
    public record Decision(boolean allowed, Map<String, String> headers) {
    }

    private volatile Limits defaults;
    private volatile boolean enforced;
    private final Map<Integer, Limits> perDivision = new ConcurrentHashMap<>();
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(Limits defaults, boolean enforced) {
        this.defaults = defaults;
        this.enforced = enforced;
    }

    private static final class Bucket {
        long minute = -1;
        int minuteCount;
        long day = -1;
        int dayCount;

        void roll(long nowMillis) {
            long m = Math.floorDiv(nowMillis, MINUTE);
            long d = Math.floorDiv(nowMillis, DAY);
            if (m != minute) {
                minute = m;
                minuteCount = 0;
            }
            if (d != day) {
                day = d;
                dayCount = 0;
            }
        }
    }

    public Decision acquire(String clientId, int division, Instant now) {
        Limits limits = limitsFor(division);
        Bucket bucket = buckets.computeIfAbsent(clientId.toLowerCase(java.util.Locale.ROOT) + "|" + division, k -> new Bucket());
        long nowMillis = now.toEpochMilli();
        synchronized (bucket) {
            bucket.roll(nowMillis);
            if (enforced && bucket.dayCount >= limits.daily()) {
                return new Decision(false, headers(limits, bucket, true));
            }
            if (enforced && bucket.minuteCount >= limits.minutely()) {
                // Exact sends only the minutely headers on a minutely 429 (picqer README, #646)
                Map<String, String> minutelyOnly = new LinkedHashMap<>();
                minutelyOnly.put(MINUTELY_LIMIT, String.valueOf(limits.minutely()));
                minutelyOnly.put(MINUTELY_REMAINING, "0");
                minutelyOnly.put(MINUTELY_RESET, String.valueOf((bucket.minute + 1) * MINUTE));
                return new Decision(false, minutelyOnly);
            }
            bucket.minuteCount++;
            bucket.dayCount++;
            return new Decision(true, headers(limits, bucket, true));
        }
    }

    /** The headers as they stand, without counting a call. */
    public Map<String, String> peek(String clientId, int division, Instant now) {
        Bucket bucket = buckets.computeIfAbsent(clientId.toLowerCase(java.util.Locale.ROOT) + "|" + division, k -> new Bucket());
        synchronized (bucket) {
            bucket.roll(now.toEpochMilli());
            return headers(limitsFor(division), bucket, true);
        }
    }

    /** Headers for a forced 429 burst: the minutely window reads as exhausted. */
    public Map<String, String> burstHeaders(int division, Instant now) {
        Limits limits = limitsFor(division);
        Map<String, String> h = new LinkedHashMap<>();
        h.put(MINUTELY_LIMIT, String.valueOf(limits.minutely()));
        h.put(MINUTELY_REMAINING, "0");
        h.put(MINUTELY_RESET, String.valueOf((Math.floorDiv(now.toEpochMilli(), MINUTE) + 1) * MINUTE));
        return h;
    }

    private static Map<String, String> headers(Limits limits, Bucket bucket, boolean daily) {
        Map<String, String> h = new LinkedHashMap<>();
        if (daily) {
            h.put(DAILY_LIMIT, String.valueOf(limits.daily()));
            h.put(DAILY_REMAINING, String.valueOf(Math.max(0, limits.daily() - bucket.dayCount)));
            h.put(DAILY_RESET, String.valueOf((bucket.day + 1) * DAY));
        }
        h.put(MINUTELY_LIMIT, String.valueOf(limits.minutely()));
        h.put(MINUTELY_REMAINING, String.valueOf(Math.max(0, limits.minutely() - bucket.minuteCount)));
        h.put(MINUTELY_RESET, String.valueOf((bucket.minute + 1) * MINUTE));
        return h;
    }

    public Limits limitsFor(int division) {
        return perDivision.getOrDefault(division, defaults);
    }

    public void setDefaults(Limits limits) {
        this.defaults = limits;
    }

    public void setDivisionLimits(int division, Limits limits) {
        if (limits == null) {
            perDivision.remove(division);
        } else {
            perDivision.put(division, limits);
        }
    }

    public void setEnforced(boolean enforced) {
        this.enforced = enforced;
    }

    public boolean enforced() {
        return enforced;
    }

    public Limits defaults() {
        return defaults;
    }

    public Map<Integer, Limits> divisionLimits() {
        return new TreeMap<>(perDivision);
    }

    public void clearCounters() {
        buckets.clear();
    }
}
