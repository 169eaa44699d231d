package io.koppel.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.koppel.simulator.DefaultDataSet.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** One simulator per test class, reset before each test; helpers that go through the HTTP interface. */
abstract class SimulatorTestBase {
    static ExactSimulator sim;
    static SimHttp http;

    String token;

    @BeforeAll
    static void startSimulator() {
        sim = ExactSimulator.start(SimulatorConfig.builder().build());
        http = new SimHttp(sim.baseUrl());
    }

    @AfterAll
    static void stopSimulator() {
        sim.close();
    }

    @BeforeEach
    void resetAndLogin() {
        http.control("clock", Map.of("realTime", true));
        http.control("reset", Map.of("seed", "default"));
        // start each test at the beginning of a clock minute so 60 calls never straddle a minutely window
        Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        http.control("clock", Map.of("set", minute.toString()));
        token = http.control("tokens/issue", Map.of("clientId", CLIENT_ID, "username", USERNAME)).get("access_token").asText();
    }

    static String div(String path) {
        return DIVISION + "/" + path;
    }

    /** ID of a seeded record, looked up through the control API. */
    static String seededId(int division, String entityPath, String field, String value) {
        JsonNode rows = http.controlGet("data/" + division + "/" + entityPath + "?" + field + "=" + SimHttp.q(value)).get("rows");
        assertEquals(1, rows.size(), "exactly one " + entityPath + " with " + field + "=" + value);
        return rows.get(0).get("ID").asText();
    }

    static String gl(String code) {
        return seededId(DIVISION, "financial/GLAccounts", "Code", code);
    }

    static String customer(String code) {
        return seededId(DIVISION, "crm/Accounts", "Code", code);
    }

    static Map<String, Object> line(String glCode, double amount) {
        return Map.of("GLAccount", gl(glCode), "AmountFC", amount, "Description", "line");
    }

    static Map<String, Object> entry(String journal, String customerId, String date, String yourRef, List<Map<String, Object>> lines) {
        return Map.of("Journal", journal, "Customer", customerId, "EntryDate", date, "YourRef", yourRef,
                "SalesEntryLines", lines);
    }

    static String thisYear(String monthDay) {
        return Instant.now().toString().substring(0, 4) + "-" + monthDay + "T00:00:00";
    }

    static int currentYear() {
        return Integer.parseInt(Instant.now().toString().substring(0, 4));
    }

    HttpResponse<String> postEntry(Map<String, Object> body) {
        return http.post(div("salesentry/SalesEntries"), token, body);
    }

    JsonNode created(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
        return SimHttp.json(r).get("d");
    }
}
