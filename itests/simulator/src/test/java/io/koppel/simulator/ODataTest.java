package io.koppel.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.koppel.simulator.DefaultDataSet.*;
import static io.koppel.simulator.SimHttp.q;
import static org.junit.jupiter.api.Assertions.*;

class ODataTest extends SimulatorTestBase {

    private void seedAccounts(int n, String prefix) {
        for (int i = 0; i < n; i++) {
            http.control("data/" + DIVISION + "/crm/Accounts", Map.of("Code", String.format("%18s", prefix + i),
                    "Name", "Bulk " + prefix + i, "Status", "C", "City", "Gent"));
        }
    }

    @Test
    void collectionEnvelopeWithMetadataAndWcfDates() {
        HttpResponse<String> r = http.get(div("financial/FinancialPeriods?$filter=FinYear eq " + currentYear()
                + "&$orderby=FinPeriod").replace(" ", "%20"), token);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode results = SimHttp.json(r).get("d").get("results");
        assertEquals(12, results.size());
        JsonNode jan = results.get(0);
        assertEquals(1, jan.get("FinPeriod").asInt());
        assertTrue(jan.get("StartDate").asText().matches("/Date\\(\\d+\\)/"), jan.toString());
        assertTrue(jan.get("__metadata").get("uri").asText().startsWith(sim.baseUrl() + "/api/v1/" + DIVISION
                + "/financial/FinancialPeriods(guid'"));
        assertNotNull(jan.get("__metadata").get("type"));
        assertFalse(SimHttp.json(r).get("d").has("__next"));
    }

    @Test
    void singleRecordByGuidKeyAndNotFound() {
        String id = gl(GL_REVENUE);
        HttpResponse<String> r = http.get(div("financial/GLAccounts(guid'" + id + "')"), token);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode d = SimHttp.json(r).get("d");
        assertEquals(GL_REVENUE, d.get("Code").asText());
        assertEquals(110, d.get("Type").asInt());
        assertFalse(d.get("IsBlocked").asBoolean());
        assertEquals(0, d.get("UseCostcenter").asInt());
        assertEquals(404, http.get(div("financial/GLAccounts(guid'00000000-0000-0000-0000-000000000000')"), token).statusCode());
    }

    @Test
    void invalidGuidLiteralsGiveExactsMessage() {
        HttpResponse<String> r = http.get(div("financial/GLAccounts?$filter=" + q("ID eq guid'abc'")), token);
        assertEquals(400, r.statusCode());
        assertEquals("Unrecognized 'Edm.Guid' literal 'guid'abc'' in '6'.", SimHttp.errorMessage(r));
        assertTrue(r.body().contains("\r\n"), "Exact pretty-prints error bodies with CRLF");
        JsonNode error = SimHttp.json(r).get("error");
        assertEquals("", error.get("code").asText());
        assertEquals("", error.get("message").get("lang").asText());

        HttpResponse<String> key = http.get(div("financial/GLAccounts(guid'nope')"), token);
        assertEquals(400, key.statusCode());
        assertTrue(SimHttp.errorMessage(key).startsWith("Unrecognized 'Edm.Guid' literal 'guid'nope''"));
    }

    @Test
    void filterTypeAndPropertyErrors() {
        HttpResponse<String> unknown = http.get(div("financial/GLAccounts?$filter=" + q("Foo eq 1")), token);
        assertEquals(400, unknown.statusCode());
        assertEquals("No property 'Foo' exists in type 'Exact.Web.Api.Models.GLAccount' at position 0.", SimHttp.errorMessage(unknown));
        HttpResponse<String> mismatch = http.get(div("financial/GLAccounts?$filter=" + q("ID eq '" + gl(GL_REVENUE) + "'")), token);
        assertEquals(400, mismatch.statusCode());
        assertEquals("Operator 'eq' incompatible with operand types 'Edm.Guid' and 'Edm.String' at position 3.",
                SimHttp.errorMessage(mismatch));
        HttpResponse<String> unterminated = http.get(div("financial/GLAccounts?$filter=" + q("Code eq '700000")), token);
        assertEquals(400, unterminated.statusCode());
        assertTrue(SimHttp.errorMessage(unterminated).contains("unterminated string literal"));
    }

    @Test
    void filterOperatorsAndFunctions() {
        assertEquals(Set.of(GL_REVENUE_MEALS, GL_REVENUE_TRIPS), codes("financial/GLAccounts",
                "Code gt '700000' and Code lt '703000'"));
        assertEquals(Set.of(GL_REVENUE, GL_OTHER_INCOME), codes("financial/GLAccounts",
                "(Code eq '700000' or Code eq '743000') and IsBlocked eq false"));
        assertEquals(Set.of(GL_REVENUE_BLOCKED), codes("financial/GLAccounts", "IsBlocked eq true"));
        assertEquals(Set.of(GL_REVENUE_TRIPS), codes("financial/GLAccounts", "UseCostcenter eq 1 and Type eq 110"));
        assertEquals(14, codes("financial/GLAccounts", "Code ne '704000'").size());
        assertEquals(Set.of(GL_REVENUE, GL_REVENUE_MEALS, GL_REVENUE_TRIPS, GL_REVENUE_MATERIALS, GL_REVENUE_BLOCKED),
                codes("financial/GLAccounts", "Type eq 110"));
        assertEquals(Set.of(GL_REVENUE_TRIPS), codes("financial/GLAccounts", "ID eq guid'" + gl(GL_REVENUE_TRIPS) + "'"));
        assertEquals(Set.of(GL_REVENUE_MEALS), codes("financial/GLAccounts", "substringof('maaltijden', Description)"));
        assertEquals(Set.of(GL_BANK), codes("financial/GLAccounts", "startswith(Description, 'KBC') and not (Type eq 10)"));
        assertEquals(Set.of(), codes("financial/GLAccounts", "Created gt datetime'2999-01-01T00:00:00' and Type ge 0"));
        assertEquals(15, codes("financial/GLAccounts", "Created lt datetime'2999-01-01T00:00' and Type ge 0").size());
    }

    @Test
    void paddedAccountCodesNeedTrimOrSpaces() {
        assertEquals(1, accounts("Code eq '" + " ".repeat(14) + "1001'").size());
        assertEquals(0, accounts("Code eq '1001'").size());
        JsonNode found = accounts("trim(Code) eq '1001'");
        assertEquals(1, found.size());
        assertEquals(18, found.get(0).get("Code").asText().length());
        assertEquals("BE ", found.get(0).get("Country").asText());
        // SQL Server compares case- and trailing-space-insensitively
        assertEquals(4, accounts("Country eq 'be'").size());
    }

    @Test
    void stringLiteralsEscapeQuotesByDoubling() {
        http.control("data/" + DIVISION + "/crm/Accounts", Map.of("Code", String.format("%18s", "7001"),
                "Name", "Seán O'Brien", "Status", "C"));
        JsonNode found = accounts("Name eq 'Seán O''Brien'");
        assertEquals(1, found.size());
        assertEquals("Seán O'Brien", found.get(0).get("Name").asText());
        assertEquals(400, http.get(div("crm/Accounts?$select=ID&$filter=" + q("Name eq 'Seán O'Brien'")), token).statusCode());
    }

    @Test
    void int64LiteralsWithLSuffix() {
        HttpResponse<String> r = http.get(div("read/financial/ReceivablesList?$select=HID&$filter=" + q("HID gt 0L")), token);
        assertEquals(200, r.statusCode(), r.body());
    }

    @Test
    void accountsHaveMandatoryFiltering() {
        HttpResponse<String> r = http.get(div("crm/Accounts?$select=ID,Name"), token);
        assertEquals(400, r.statusCode());
        assertTrue(SimHttp.errorMessage(r).startsWith("This endpoint has mandatory filtering applied. A GET request for "
                + "this endpoint must have a $filter parameter with one of the following fields in the url:Accountant,"), r.body());
        assertEquals(200, http.get(div("crm/Accounts?$select=ID,Name&$filter=" + q("Status eq 'C'")), token).statusCode());
    }

    @Test
    void selectIsRequiredOnSalesEntriesUnlessTopOne() {
        HttpResponse<String> r = http.get(div("salesentry/SalesEntries"), token);
        assertEquals(400, r.statusCode());
        assertEquals("Please add a $select or a $top=1 statement to the query string.", SimHttp.errorMessage(r));
        assertEquals(200, http.get(div("salesentry/SalesEntries?$top=1"), token).statusCode());
        assertEquals(200, http.get(div("salesentry/SalesEntries?$select=EntryID,YourRef"), token).statusCode());
    }

    @Test
    void selectLimitsTheFields() {
        JsonNode row = SimHttp.json(http.get(div("financial/GLAccounts?$select=Code,Type&$filter=" + q("Code eq '700000'")), token))
                .get("d").get("results").get(0);
        List<String> names = new ArrayList<>();
        row.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("__metadata", "Code", "Type"), names);
    }

    @Test
    void pagingBySixtyWithAbsoluteNextAndSkiptoken() {
        seedAccounts(130, "P");
        String url = div("crm/Accounts?$select=ID,Name&$filter=" + q("City eq 'Gent'"));
        Set<String> seen = new HashSet<>();
        List<Integer> pageSizes = new ArrayList<>();
        while (url != null) {
            HttpResponse<String> r = http.get(url, token);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode d = SimHttp.json(r).get("d");
            d.get("results").forEach(a -> seen.add(a.get("ID").asText()));
            pageSizes.add(d.get("results").size());
            url = d.has("__next") ? d.get("__next").asText() : null;
            if (url != null) {
                assertTrue(url.startsWith(sim.baseUrl() + "/api/v1/" + DIVISION + "/crm/Accounts?"), url);
                assertTrue(url.contains("$skiptoken=guid'"), url);
            }
        }
        assertEquals(List.of(60, 60, 11), pageSizes); // 130 seeded + Jan Peeters in Gent
        assertEquals(131, seen.size());
    }

    @Test
    void topAcrossPagesAndOrderBy() {
        seedAccounts(70, "T");
        String url = div("crm/Accounts?$select=Code&$filter=" + q("startswith(Name, 'Bulk T')") + "&$orderby=Name%20desc&$top=65");
        JsonNode first = SimHttp.json(http.get(url, token)).get("d");
        assertEquals(60, first.get("results").size());
        assertTrue(first.get("__next").asText().contains("$top=5"));
        JsonNode second = SimHttp.json(http.get(first.get("__next").asText(), token)).get("d");
        assertEquals(5, second.get("results").size());
        assertFalse(second.has("__next"));
        assertEquals("T9", first.get("results").get(0).get("Code").asText().trim());
    }

    @Test
    void bulkEndpointsPageByThousandAndNeedSelect() {
        for (int i = 0; i < 1005; i++) {
            sim.insertRow(DIVISION, "bulk/Cashflow/Receivables", Map.of("Status", 20,
                    "AmountDC", java.math.BigDecimal.TEN, "Account", java.util.UUID.randomUUID()));
        }
        HttpResponse<String> noSelect = http.get(div("bulk/Cashflow/Receivables"), token);
        assertEquals(400, noSelect.statusCode());
        JsonNode d = SimHttp.json(http.get(div("bulk/Cashflow/Receivables?$select=ID,Status"), token)).get("d");
        assertEquals(1000, d.get("results").size());
        JsonNode next = SimHttp.json(http.get(d.get("__next").asText(), token)).get("d");
        assertEquals(5, next.get("results").size());
        HttpResponse<String> badFilter = http.get(div("bulk/Cashflow/Receivables?$select=ID&$filter=" + q("YourRef eq 'x'")), token);
        assertEquals(400, badFilter.statusCode());
        assertEquals("Filtering on these fields is not supported: YourRef", SimHttp.errorMessage(badFilter));
        assertEquals(200, http.get(div("bulk/Cashflow/Receivables?$select=ID&$filter=" + q("Status eq 20")), token).statusCode());
    }

    @Test
    void jsonOnlyWithAcceptHeader() {
        HttpResponse<String> r = http.send(http.api(div("financial/Journals"), token).setHeader("Accept", "application/xml").GET());
        assertEquals(406, r.statusCode());
        HttpResponse<String> none = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                sim.apiUrl() + "/" + DIVISION + "/financial/Journals")).header("Authorization", "Bearer " + token).GET());
        assertEquals(406, none.statusCode());
    }

    @Test
    void divisionsOfTheUserOnlyAndForbiddenDivision() {
        JsonNode divisions = SimHttp.json(http.get(div("system/Divisions"), token)).get("d").get("results");
        assertEquals(2, divisions.size());
        assertEquals(DIVISION, divisions.get(0).get("Code").asInt());
        assertTrue(divisions.get(0).get("Current").asBoolean());
        assertEquals(403, http.get(DIVISION_FOREIGN + "/financial/Journals", token).statusCode());
        assertEquals(403, http.get("999999/financial/Journals", token).statusCode());
    }

    @Test
    void referenceDataFieldsAndJournals() {
        JsonNode journals = SimHttp.json(http.get(div("financial/Journals?$orderby=Code"), token)).get("d").get("results");
        assertEquals(6, journals.size());
        JsonNode sales = journals.get(2);
        assertEquals("70", sales.get("Code").asText());
        assertEquals(20, sales.get("Type").asInt());
        assertEquals(GL_RECEIVABLES, sales.get("GLAccountCode").asText());
        assertEquals(3, SimHttp.json(http.get(div("hrm/Costcenters"), token)).get("d").get("results").size());
        assertEquals(3, SimHttp.json(http.get(div("hrm/Costunits"), token)).get("d").get("results").size());
        assertEquals(404, http.get(div("hrm/Nothing"), token).statusCode());
    }

    @Test
    void unknownPropertyInBodyIsRefusedAndReadOnlyIgnored() {
        HttpResponse<String> r = http.post(div("crm/Accounts"), token, Map.of("Name", "X", "Bogus", 1));
        assertEquals(400, r.statusCode());
        assertEquals("Error processing request stream. The property name 'Bogus' specified for type "
                + "'Exact.Web.Api.Models.Account' is not valid.", SimHttp.errorMessage(r));
        JsonNode created = created(http.post(div("crm/Accounts"), token, Map.of("Name", "Y", "Status", "C", "Division", 42)));
        assertEquals(DIVISION, created.get("Division").asInt());
        HttpResponse<String> badGuid = http.post(div("crm/Accounts"), token, Map.of("Name", "Z", "GLAR", "not-a-guid"));
        assertEquals(400, badGuid.statusCode());
        assertTrue(SimHttp.errorMessage(badGuid).contains("'System.Guid'"));
    }

    private Set<String> codes(String entity, String filter) {
        HttpResponse<String> r = http.get(div(entity + "?$filter=" + q(filter)), token);
        assertEquals(200, r.statusCode(), r.body());
        Set<String> codes = new HashSet<>();
        SimHttp.json(r).get("d").get("results").forEach(n -> codes.add(n.get("Code").asText()));
        return codes;
    }

    private JsonNode accounts(String filter) {
        HttpResponse<String> r = http.get(div("crm/Accounts?$select=ID,Code,Name,Country&$filter=" + q(filter)), token);
        assertEquals(200, r.statusCode(), r.body());
        return SimHttp.json(r).get("d").get("results");
    }
}
