package io.koppel.client.internal.wire;

import io.koppel.client.internal.http.HttpResponse;
import java.time.Instant;

/**
 * Exact's six X-RateLimit-* headers of one response; a missing or unreadable header is null. On a minutely 429
 * Exact sends only the minutely three, so a missing daily header must not be read as "0 left".
 *
 * @param dailyReset    00:00 UTC of the next day (Exact sends epoch milliseconds)
 * @param minutelyReset the start of the next minute
 */
public record RateLimitHeaders(Integer dailyLimit, Integer dailyRemaining, Instant dailyReset,
                               Integer minutelyLimit, Integer minutelyRemaining, Instant minutelyReset) {

    public static RateLimitHeaders of(HttpResponse response) {
        return new RateLimitHeaders(
                number(response.header("X-RateLimit-Limit")),
                number(response.header("X-RateLimit-Remaining")),
                epochMillis(response.header("X-RateLimit-Reset")),
                number(response.header("X-RateLimit-Minutely-Limit")),
                number(response.header("X-RateLimit-Minutely-Remaining")),
                epochMillis(response.header("X-RateLimit-Minutely-Reset")));
    }

    public boolean hasDaily() {
        return dailyRemaining != null;
    }

    public boolean hasMinutely() {
        return minutelyRemaining != null;
    }

    private static Integer number(String text) {
        Long value = whole(text);
        return value == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    private static Instant epochMillis(String text) {
        Long value = whole(text);
        return value == null ? null : Instant.ofEpochMilli(value);
    }

    private static Long whole(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
