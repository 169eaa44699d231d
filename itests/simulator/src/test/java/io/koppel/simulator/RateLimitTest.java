package io.koppel.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static io.koppel.simulator.DefaultDataSet.*;
import static org.junit.jupiter.api.Assertions.*;

class RateLimitTest extends SimulatorTestBase {
    static final List<String> DAILY = List.of("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset");
    static final List<String> MINUTELY = List.of("X-RateLimit-Minutely-Limit", "X-RateLimit-Minutely-Remaining",
            "X-RateLimit-Minutely-Reset");

    private static long header(HttpResponse<String> r, String name) {
        return Long.parseLong(r.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name)));
    }

    private long clockMillis() {
        return http.controlGet("clock").get("epochMillis").asLong();
    }

    @Test
    void sixHeadersWithEpochMillisecondResets() {
        long now = clockMillis();
        HttpResponse<String> r = http.get(div("financial/Journals"), token);
        assertEquals(200, r.statusCode());
        assertEquals(5000, header(r, "X-RateLimit-Limit"));
        assertEquals(4999, header(r, "X-RateLimit-Remaining"));
        assertEquals((now / 86_400_000L + 1) * 86_400_000L, header(r, "X-RateLimit-Reset"), "next 00:00 UTC");
        assertEquals(60, header(r, "X-RateLimit-Minutely-Limit"));
        assertEquals(59, header(r, "X-RateLimit-Minutely-Remaining"));
        assertEquals((now / 60_000L + 1) * 60_000L, header(r, "X-RateLimit-Minutely-Reset"), "next whole minute");
    }

    @Test
    void minutelyLimitGives429WithMinutelyHeadersOnly() {
        for (int i = 1; i <= 60; i++) {
            HttpResponse<String> r = http.get(div("financial/Journals"), token);
            assertEquals(200, r.statusCode(), "call " + i);
            assertEquals(60 - i, header(r, "X-RateLimit-Minutely-Remaining"));
        }
        HttpResponse<String> over = http.get(div("financial/Journals"), token);
        assertEquals(429, over.statusCode());
        assertEquals("", over.body());
        MINUTELY.forEach(h -> assertTrue(over.headers().firstValue(h).isPresent(), h));
        DAILY.forEach(h -> assertFalse(over.headers().firstValue(h).isPresent(), h));
        assertEquals(0, header(over, "X-RateLimit-Minutely-Remaining"));
        // other divisions have their own bucket
        assertEquals(200, http.get(DIVISION_2 + "/financial/Journals", token).statusCode());
        // the next minute the window is fresh
        http.control("clock", Map.of("advanceSeconds", 60));
        HttpResponse<String> later = http.get(div("financial/Journals"), token);
        assertEquals(200, later.statusCode());
        assertEquals(59, header(later, "X-RateLimit-Minutely-Remaining"));
        assertEquals(4939, header(later, "X-RateLimit-Remaining"), "refused calls do not count");
    }

    @Test
    void dailyLimitResetsAtMidnightUtc() {
        http.control("rate-limits", Map.of("division", DIVISION, "minutely", 100, "daily", 3));
        for (int i = 0; i < 3; i++) {
            assertEquals(200, http.get(div("financial/Journals"), token).statusCode());
        }
        HttpResponse<String> over = http.get(div("financial/Journals"), token);
        assertEquals(429, over.statusCode());
        DAILY.forEach(h -> assertTrue(over.headers().firstValue(h).isPresent(), h));
        assertEquals(0, header(over, "X-RateLimit-Remaining"));
        long reset = header(over, "X-RateLimit-Reset");
        http.control("clock", Map.of("set", java.time.Instant.ofEpochMilli(reset).toString()));
        token = sim.issueTokens(CLIENT_ID, USERNAME).accessToken(); // the old one expired overnight
        HttpResponse<String> nextDay = http.get(div("financial/Journals"), token);
        assertEquals(200, nextDay.statusCode());
        assertEquals(2, header(nextDay, "X-RateLimit-Remaining"));
    }

    @Test
    void moreThanTenErrorsAnHourBlockTheEndpoint() {
        String missing = div("financial/GLAccounts(guid'00000000-0000-0000-0000-000000000000')");
        for (int i = 0; i < 11; i++) {
            assertEquals(404, http.get(missing, token).statusCode());
        }
        HttpResponse<String> blocked = http.get(div("financial/GLAccounts?$filter=Type%20ge%200"), token);
        assertEquals(429, blocked.statusCode());
        assertTrue(SimHttp.errorMessage(blocked).startsWith("API rate limit exceeded"), blocked.body());
        assertEquals(200, http.get(div("financial/Journals"), token).statusCode(), "other endpoints are not blocked");
        http.control("clock", Map.of("advance", "PT1H1M"));
        token = sim.issueTokens(CLIENT_ID, USERNAME).accessToken();
        assertEquals(200, http.get(div("financial/GLAccounts?$filter=Type%20ge%200"), token).statusCode());
    }

    @Test
    void tenErrorsDoNotBlock() {
        for (int i = 0; i < 10; i++) {
            assertEquals(400, http.get(div("financial/GLAccounts?$filter=Nope%20eq%201"), token).statusCode());
        }
        assertEquals(200, http.get(div("financial/GLAccounts?$filter=Type%20ge%200"), token).statusCode());
    }

    @Test
    void parallelRequestsToOneDivisionAreCountedNotRefused() {
        http.control("faults", Map.of("type", "LATENCY", "latencyMillis", 300, "times", 4));
        List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            futures.add(http.http.sendAsync(http.api(div("financial/Journals"), token).GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        futures.forEach(f -> assertEquals(200, f.join().statusCode()));
        JsonNode stats = http.controlGet("stats");
        assertTrue(stats.get("parallelOverlaps").get(String.valueOf(DIVISION)).asInt() >= 1, stats.toString());
        assertTrue(stats.get("maxConcurrent").get(String.valueOf(DIVISION)).asInt() >= 2, stats.toString());
        long flagged = sim.calls(CallFilter.path("GET", "financial/Journals")).stream().filter(RecordedCall::overlapped).count();
        assertTrue(flagged >= 1);
    }

    @Test
    void limitsCanBeSwitchedOff() {
        http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(sim.baseUrl() + "/_sim/rate-limits"))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"enforced\":false}")));
        try {
            for (int i = 0; i < 65; i++) {
                assertEquals(200, http.get(div("financial/Journals"), token).statusCode());
            }
        } finally {
            sim.setRateLimitsEnforced(true);
        }
    }
}
