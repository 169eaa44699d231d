package io.koppel.client.internal.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.client.internal.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitHeadersTest {

    @Test
    void allSixHeadersInEpochMillis() {
        // picqer #609, May 2023; names in the case leapforce reads them
        RateLimitHeaders headers = RateLimitHeaders.of(new HttpResponse(200, Map.of(
                "X-RateLimit-Limit", "5000", "X-RateLimit-Remaining", "4990", "X-RateLimit-Reset", "1683936000000",
                "X-Ratelimit-Minutely-Limit", "60", "X-RateLimit-Minutely-Remaining", "59",
                "x-ratelimit-minutely-reset", "1683879540000"), ""));

        assertEquals(5000, headers.dailyLimit());
        assertEquals(4990, headers.dailyRemaining());
        assertEquals(Instant.parse("2023-05-13T00:00:00Z"), headers.dailyReset());
        assertEquals(60, headers.minutelyLimit());
        assertEquals(59, headers.minutelyRemaining());
        assertEquals(Instant.parse("2023-05-12T08:19:00Z"), headers.minutelyReset());
    }

    @Test
    void minutely429CarriesNoDailyHeaders() {
        RateLimitHeaders headers = RateLimitHeaders.of(new HttpResponse(429, Map.of(
                "X-RateLimit-Minutely-Limit", "60", "X-RateLimit-Minutely-Remaining", "0",
                "X-RateLimit-Minutely-Reset", "1683879540000"), ""));

        assertFalse(headers.hasDaily());
        assertNull(headers.dailyRemaining());
        assertTrue(headers.hasMinutely());
    }

    @Test
    void unreadableValuesAreMissing() {
        RateLimitHeaders headers = RateLimitHeaders.of(new HttpResponse(200, Map.of("X-RateLimit-Remaining", "n/a"),
                ""));

        assertNull(headers.dailyRemaining());
    }
}
