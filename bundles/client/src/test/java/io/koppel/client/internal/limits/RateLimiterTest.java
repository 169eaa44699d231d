package io.koppel.client.internal.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.client.ExactRateLimitException;
import io.koppel.client.RateBudget;
import io.koppel.client.internal.http.HttpResponse;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateLimiterTest {
    private static final Instant START = Instant.parse("2026-11-21T10:15:20Z");
    private static final Instant NEXT_MINUTE = Instant.parse("2026-11-21T10:16:00Z");
    private static final Instant MIDNIGHT = Instant.parse("2026-11-22T00:00:00Z");
    private static final DivisionKey DIVISION = DivisionKey.of(URI.create("https://start.exactonline.be"), 100001);

    private ManualTime time;
    private RateLimiter limiter;

    @BeforeEach
    void setUp() {
        time = new ManualTime(START);
        limiter = new RateLimiter(time, Duration.ofMinutes(2));
    }

    private static HttpResponse response(int status, Integer dailyRemaining, Integer minutelyRemaining) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (dailyRemaining != null) {
            headers.put("X-RateLimit-Limit", "5000");
            headers.put("X-RateLimit-Remaining", dailyRemaining.toString());
            headers.put("X-RateLimit-Reset", String.valueOf(MIDNIGHT.toEpochMilli()));
        }
        if (minutelyRemaining != null) {
            headers.put("X-RateLimit-Minutely-Limit", "60");
            headers.put("X-RateLimit-Minutely-Remaining", minutelyRemaining.toString());
            headers.put("X-RateLimit-Minutely-Reset", String.valueOf(NEXT_MINUTE.toEpochMilli()));
        }
        return new HttpResponse(status, headers, "");
    }

    @Test
    void nothingKnownNothingWaited() {
        limiter.beforeSend(DIVISION);

        assertTrue(time.sleeps.isEmpty());
        assertTrue(limiter.budget(DIVISION).isEmpty());
    }

    @Test
    void callsLeftGoStraightThrough() {
        limiter.afterResponse(DIVISION, response(200, 4000, 5));

        limiter.beforeSend(DIVISION);

        assertTrue(time.sleeps.isEmpty());
    }

    /** A minute with no calls left, or a 429 without headers: the rest of the clock minute. */
    @ParameterizedTest(name = "status {0}, calls left today {1}, this minute {2}")
    @CsvSource({"200, 4000, 0", "429, , "})
    void spentMinuteWaitsForItsResetPlusMargin(int status, Integer dailyRemaining, Integer minutelyRemaining) {
        limiter.afterResponse(DIVISION, response(status, dailyRemaining, minutelyRemaining));

        limiter.beforeSend(DIVISION);

        assertEquals(List.of(Duration.between(START, NEXT_MINUTE).plus(RateLimiter.CLOCK_MARGIN)), time.sleeps);
    }

    @Test
    void callsSentAreCountedDownUntilTheNextHeaders() {
        limiter.afterResponse(DIVISION, response(200, 4000, 2));

        limiter.beforeSend(DIVISION);
        limiter.beforeSend(DIVISION);
        assertTrue(time.sleeps.isEmpty());
        limiter.beforeSend(DIVISION);

        assertEquals(1, time.sleeps.size());
    }

    @Test
    void aResetWindowIsFullAgain() {
        limiter.afterResponse(DIVISION, response(200, 4000, 0));
        time.advance(Duration.ofMinutes(1));

        limiter.beforeSend(DIVISION);

        assertTrue(time.sleeps.isEmpty());
        RateBudget budget = limiter.budget(DIVISION).orElseThrow();
        assertEquals(60, budget.minutely().remaining());
    }

    @Test
    void spentDayBeyondTheMaximumWaitThrows() {
        limiter.afterResponse(DIVISION, response(200, 0, 30));

        ExactRateLimitException e = assertThrows(ExactRateLimitException.class, () -> limiter.beforeSend(DIVISION));

        assertEquals(ExactRateLimitException.Window.DAILY, e.window());
        assertEquals(MIDNIGHT, e.resetAt());
        assertTrue(time.sleeps.isEmpty());
    }

    @Test
    void minutely429WithoutDailyHeadersKeepsTheDailyFigure() {
        limiter.afterResponse(DIVISION, response(200, 4000, 1));
        limiter.afterResponse(DIVISION, response(429, null, 0));

        RateBudget budget = limiter.budget(DIVISION).orElseThrow();

        assertEquals(4000, budget.daily().remaining());
        assertEquals(0, budget.minutely().remaining());
    }

    @Test
    void a429DespiteCallsLeftStillWaits() {
        // picqer #646: another process shares the bucket, so the headers say calls remain
        limiter.afterResponse(DIVISION, response(429, 4000, 12));

        limiter.beforeSend(DIVISION);

        assertEquals(1, time.sleeps.size());
    }

    @Test
    void divisionsAreCountedApart() {
        DivisionKey other = DivisionKey.of(URI.create("https://start.exactonline.be"), 100002);
        DivisionKey sameNumberOtherSite = DivisionKey.of(URI.create("https://start.exactonline.nl"), 100001);
        limiter.afterResponse(DIVISION, response(200, 4000, 0));

        limiter.beforeSend(other);
        limiter.beforeSend(sameNumberOtherSite);

        assertTrue(time.sleeps.isEmpty());
    }
}
