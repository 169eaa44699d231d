package io.koppel.simulator;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.koppel.simulator.DefaultDataSet.*;
import static org.junit.jupiter.api.Assertions.*;

class FaultsTest extends SimulatorTestBase {

    private int entries(String yourRef) {
        return http.controlGet("data/" + DIVISION + "/salesentry/SalesEntries?YourRef=" + yourRef).get("count").asInt();
    }

    private Map<String, Object> invoice(String ref) {
        return entry(JOURNAL_SALES, customer(CUSTOMER_ACTIVE), thisYear("03-15"), ref, List.of(line(GL_REVENUE, 10)));
    }

    @Test
    void serverErrorsForTheNextCallsChangeNothing() {
        http.control("faults", Map.of("type", "SERVER_ERROR", "times", 2, "path", "SalesEntries", "method", "POST"));
        Map<String, Object> body = invoice("F-500");
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = postEntry(body);
            assertEquals(500, r.statusCode());
            assertEquals("A problem has occurred. The cause of this issue will be investigated as soon as possible.",
                    SimHttp.errorMessage(r));
        }
        assertEquals(200, http.get(div("financial/Journals"), token).statusCode(), "GET does not match the rule");
        assertEquals(0, entries("F-500"));
        created(postEntry(body));
        assertEquals(1, entries("F-500"));
    }

    @Test
    void dropAfterCommitLosesTheAnswerButKeepsTheEntry() {
        sim.addFault(FaultRule.of(FaultType.DROP_AFTER_COMMIT).onPath("SalesEntries").onMethod("POST"));
        HttpRequest request = http.api(div("salesentry/SalesEntries"), token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(SimHttp.toJson(invoice("F-DROP")))).build();
        assertThrows(IOException.class, () -> http.http.send(request, HttpResponse.BodyHandlers.ofString()));
        assertEquals(1, entries("F-DROP"), "committed although the client saw no answer");
        assertEquals("DROP_AFTER_COMMIT", sim.calls(CallFilter.path("POST", "SalesEntries")).get(0).fault());
    }

    @Test
    void timeoutHoldsTheAnswerPastTheClientTimeout() {
        http.control("faults", Map.of("type", "TIMEOUT", "holdMillis", 1500, "path", "SalesEntries"));
        HttpRequest request = http.api(div("salesentry/SalesEntries"), token).header("Content-Type", "application/json")
                .timeout(Duration.ofMillis(300))
                .POST(HttpRequest.BodyPublishers.ofString(SimHttp.toJson(invoice("F-TIMEOUT")))).build();
        assertThrows(HttpTimeoutException.class, () -> http.http.send(request, HttpResponse.BodyHandlers.ofString()));
        assertEquals(1, entries("F-TIMEOUT"));
    }

    @Test
    void rateLimitBurst() {
        http.control("faults", Map.of("type", "RATE_LIMIT_BURST", "times", 3));
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = http.get(div("financial/Journals"), token);
            assertEquals(429, r.statusCode());
            assertEquals("0", r.headers().firstValue("X-RateLimit-Minutely-Remaining").orElseThrow());
            assertFalse(r.headers().firstValue("X-RateLimit-Remaining").isPresent());
        }
        assertEquals(200, http.get(div("financial/Journals"), token).statusCode());
    }

    @Test
    void tokenRevocationOnDemand() {
        sim.addFault(FaultRule.of(FaultType.REVOKE_TOKENS));
        assertEquals(401, http.get(div("financial/Journals"), token).statusCode());
        assertEquals(401, http.get(div("financial/Journals"), token).statusCode(), "the token stays revoked");
    }

    @Test
    void latencyIsAdded() {
        http.control("faults", Map.of("type", "LATENCY", "latencyMillis", 120, "times", 1));
        assertEquals(200, http.get(div("financial/Journals"), token).statusCode());
        assertEquals(200, http.get(div("financial/Journals"), token).statusCode());
        List<RecordedCall> calls = sim.calls(CallFilter.path("GET", "financial/Journals"));
        assertTrue(calls.get(0).durationMicros() >= 120_000, "the delay is part of the handling time");
        assertEquals(0, http.controlGet("faults").size(), "a rule for N calls disappears when used up");
    }

    @Test
    void probabilisticFaults() {
        sim.addFault(FaultRule.of(FaultType.SERVER_ERROR).always().withProbability(0.5).onPath("Journals"));
        int errors = 0;
        for (int i = 0; i < 40; i++) {
            errors += http.get(div("financial/Journals"), token).statusCode() == 500 ? 1 : 0;
        }
        assertTrue(errors > 0 && errors < 40, "some but not all calls fail: " + errors);
        http.send(HttpRequest.newBuilder(java.net.URI.create(sim.baseUrl() + "/_sim/faults")).DELETE());
        assertEquals(200, http.get(div("financial/Journals"), token).statusCode());
    }

    @Test
    void faultsOnTheTokenEndpoint() {
        http.control("faults", Map.of("type", "SERVER_ERROR", "path", "^/api/oauth2/token$", "status", 503));
        HttpResponse<String> r = http.form("/api/oauth2/token", Map.of("grant_type", "refresh_token", "refresh_token", "x",
                "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET));
        assertEquals(503, r.statusCode());
    }
}
