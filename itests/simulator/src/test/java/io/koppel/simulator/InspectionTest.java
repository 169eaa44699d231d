package io.koppel.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.koppel.simulator.DefaultDataSet.*;
import static org.junit.jupiter.api.Assertions.*;

class InspectionTest extends SimulatorTestBase {

    @Test
    void everyCallIsRecorded() {
        http.control("calls", Map.of()); // POST is ignored; the log is per reset
        created(postEntry(entry(JOURNAL_SALES, customer(CUSTOMER_ACTIVE), thisYear("03-15"), "LOG-1", List.of(line(GL_REVENUE, 9)))));
        http.get(div("financial/Journals?$select=Code"), token);
        JsonNode calls = http.controlGet("calls?path=SalesEntries&method=POST");
        assertEquals(1, calls.size());
        JsonNode call = calls.get(0);
        assertEquals("POST", call.get("method").asText());
        assertEquals("/api/v1/" + DIVISION + "/salesentry/SalesEntries", call.get("path").asText());
        assertEquals(201, call.get("status").asInt());
        assertEquals(DIVISION, call.get("division").asInt());
        assertEquals(CLIENT_ID, call.get("clientId").asText());
        assertTrue(call.get("body").asText().contains("LOG-1"));
        assertNotNull(Instant.parse(call.get("time").asText()));
        JsonNode get = http.controlGet("calls?path=Journals").get(0);
        assertEquals("$select=Code", get.get("query").asText());
        JsonNode errors = http.controlGet("calls?status=400");
        assertEquals(0, errors.size());
    }

    @Test
    void countersPerDivisionEndpointAndStatus() {
        http.get(div("financial/Journals"), token);
        http.get(div("financial/Journals"), token);
        http.get(DIVISION_2 + "/financial/Journals", token);
        http.get(div("financial/Nope"), token);
        CallStats stats = sim.stats();
        assertEquals(4, stats.total());
        assertEquals(3L, stats.byDivision().get(DIVISION));
        assertEquals(1L, stats.byDivision().get(DIVISION_2));
        assertEquals(3L, stats.byEndpoint().get("GET financial/Journals"));
        assertEquals(3L, stats.byStatus().get(200));
        assertEquals(1L, stats.byStatus().get(404));
        JsonNode viaHttp = http.controlGet("stats");
        assertEquals(4, viaHttp.get("total").asInt());
    }

    @Test
    void resetRestoresTheSeed() {
        created(postEntry(entry(JOURNAL_SALES, customer(CUSTOMER_ACTIVE), thisYear("03-15"), "RESET-1", List.of(line(GL_REVENUE, 9)))));
        assertEquals(1, sim.rows(DIVISION, "salesentry/SalesEntries", Map.of("YourRef", "RESET-1")).size());
        http.control("reset", Map.of());
        assertEquals(0, sim.rows(DIVISION, "salesentry/SalesEntries").size());
        assertEquals(0, sim.calls().size());
        assertEquals(401, http.get(div("financial/Journals"), token).statusCode(), "tokens are gone too");
        http.control("reset", Map.of("seed", "none"));
        assertEquals(0, http.controlGet("users").size());
        http.control("reset", Map.of("seed", "default"));
        assertEquals(4, http.controlGet("users").size(), "a Dutch, a French, an English and a German user");
    }

    @Test
    void clockCanBeSetAdvancedAndSpedUp() throws InterruptedException {
        http.control("clock", Map.of("set", "2031-05-01T10:00:00Z"));
        assertTrue(http.controlGet("clock").get("now").asText().startsWith("2031-05-01T10:00"));
        http.control("clock", Map.of("advance", "P2D"));
        assertTrue(http.controlGet("clock").get("now").asText().startsWith("2031-05-03T10:00"));
        http.control("clock", Map.of("factor", 600));
        long before = http.controlGet("clock").get("epochMillis").asLong();
        Thread.sleep(100);
        long after = http.controlGet("clock").get("epochMillis").asLong();
        assertTrue(after - before >= 60_000, "100 ms real = at least 60 s simulated at factor 600");
        http.control("clock", Map.of("factor", 1));
    }

    @Test
    void dataCanBeSeededAndInspected() {
        JsonNode gl = http.control("data/" + DIVISION + "/financial/GLAccounts", Map.of("Code", "705000",
                "Description", "Eigen omzet", "Type", 110, "IsBlocked", false, "UseCostcenter", 0, "UseCostunit", 0));
        assertNotNull(gl.get("ID").asText());
        Map<String, Object> glLine = Map.of("GLAccount", gl.get("ID").asText(), "AmountFC", 3);
        created(postEntry(entry(JOURNAL_SALES, customer(CUSTOMER_ACTIVE), thisYear("03-15"), "SEEDED", List.of(glLine))));
        JsonNode rows = http.controlGet("data/" + DIVISION + "/salesentry/SalesEntryLines?GLAccountCode=705000");
        assertEquals(1, rows.get("count").asInt());
        JsonNode accounts = http.controlGet("data/" + DIVISION + "/crm/Accounts?Code=1001");
        assertEquals("Jan Peeters", accounts.get("rows").get(0).get("Name").asText());
    }

    @Test
    void appsUsersAndDivisionsCanBeAdded() {
        http.control("apps", Map.of("clientId", "11111111-1111-1111-1111-111111111111", "clientSecret", "s",
                "redirectUris", List.of("https://koppel.example/cb"), "webhookSecret", "w"));
        http.control("divisions", Map.of("code", 200001, "description", "Nieuwe school"));
        http.control("users", Map.of("username", "nieuw@koppel.test", "password", "pw", "divisions", List.of(200001),
                "languageCode", "en-US"));
        JsonNode tokens = http.authorize("11111111-1111-1111-1111-111111111111", "s", "https://koppel.example/cb",
                "nieuw@koppel.test", "pw");
        String t = tokens.get("access_token").asText();
        assertEquals(200001, SimHttp.json(http.get("current/Me", t)).get("d").get("results").get(0).get("CurrentDivision").asInt());
        assertEquals(15, SimHttp.json(http.get("200001/financial/GLAccounts?$filter=Type%20ge%200", t)).get("d").get("results").size());
        http.control("financial-years", Map.of("division", 200001, "year", 2040));
        assertEquals(12, SimHttp.json(http.get("200001/financial/FinancialPeriods?$filter=FinYear%20eq%202040", t))
                .get("d").get("results").size());
    }
}
