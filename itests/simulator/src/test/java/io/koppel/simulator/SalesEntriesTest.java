package io.koppel.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.koppel.simulator.DefaultDataSet.*;
import static io.koppel.simulator.SimHttp.q;
import static org.junit.jupiter.api.Assertions.*;

class SalesEntriesTest extends SimulatorTestBase {

    private String error(Map<String, Object> body, int status) {
        HttpResponse<String> r = postEntry(body);
        assertEquals(status, r.statusCode(), r.body());
        return SimHttp.errorMessage(r);
    }

    private Map<String, Object> valid(String yourRef) {
        return entry(JOURNAL_SALES, customer(CUSTOMER_ACTIVE), thisYear("03-15"), yourRef,
                List.of(line(GL_REVENUE, 100.50), line(GL_REVENUE_MEALS, 20)));
    }

    private Map<String, Object> with(Map<String, Object> base, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.put(field, value);
        return copy;
    }

    @Test
    void postReturns201WithTheEntryAndNumbersPerJournal() {
        JsonNode first = created(postEntry(valid("INV-1")));
        int yy = currentYear() % 100;
        assertEquals(yy * 1_000_000 + 700_000 + 1, first.get("EntryNumber").asInt());
        assertEquals(first.get("EntryNumber").asInt(), first.get("InvoiceNumber").asInt());
        assertEquals(20, first.get("Type").asInt());
        assertEquals(120.5, first.get("AmountDC").asDouble());
        assertEquals("INV-1", first.get("YourRef").asText());
        assertEquals(3, first.get("ReportingPeriod").asInt());
        assertTrue(first.get("EntryDate").asText().startsWith("/Date("));
        assertTrue(first.get("SalesEntryLines").get("__deferred").get("uri").asText().endsWith("/SalesEntryLines"));
        JsonNode second = created(postEntry(valid("INV-2")));
        assertEquals(first.get("EntryNumber").asInt() + 1, second.get("EntryNumber").asInt());
        JsonNode boarding = created(postEntry(entry(JOURNAL_SALES_BOARDING, customer(CUSTOMER_OTHER_RECEIVABLES),
                thisYear("03-15"), "B-1", List.of(line(GL_REVENUE, 10)))));
        assertEquals(yy * 1_000_000 + 710_000 + 1, boarding.get("EntryNumber").asInt());

        // exactly one entry with this YourRef, via the API and via the control API
        HttpResponse<String> byRef = http.get(div("salesentry/SalesEntries?$select=EntryID,EntryNumber&$filter="
                + q("YourRef eq 'INV-1'")), token);
        assertEquals(1, SimHttp.json(byRef).get("d").get("results").size());
        assertEquals(1, http.controlGet("data/" + DIVISION + "/salesentry/SalesEntries?YourRef=INV-1").get("count").asInt());
    }

    @Test
    void linesAreExpandableAndNavigable() {
        JsonNode e = created(postEntry(valid("INV-L")));
        String id = e.get("EntryID").asText();
        JsonNode expanded = SimHttp.json(http.get(div("salesentry/SalesEntries(guid'" + id + "')?$expand=SalesEntryLines"), token)).get("d");
        JsonNode lines = expanded.get("SalesEntryLines").get("results");
        assertEquals(2, lines.size());
        assertEquals(GL_REVENUE, lines.get(0).get("GLAccountCode").asText());
        assertEquals(1, lines.get(0).get("LineNumber").asInt());
        JsonNode nav = SimHttp.json(http.get(div("salesentry/SalesEntries(guid'" + id + "')/SalesEntryLines"), token)).get("d");
        assertEquals(2, nav.get("results").size());
        HttpResponse<String> lineList = http.get(div("salesentry/SalesEntryLines?$select=ID,AmountFC&$filter="
                + q("EntryID eq guid'" + id + "'")), token);
        assertEquals(2, SimHttp.json(lineList).get("d").get("results").size());
    }

    @Test
    void negativeTotalIsACreditNote() {
        JsonNode credit = created(postEntry(entry(JOURNAL_SALES, customer(CUSTOMER_ACTIVE), thisYear("04-01"), "CN-1",
                List.of(line(GL_REVENUE, -40)))));
        assertEquals(21, credit.get("Type").asInt());
        assertEquals(-40, credit.get("AmountDC").asInt());
        JsonNode listed = SimHttp.json(http.get(div("read/financial/ReceivablesList?$select=Amount,YourRef&$filter="
                + q("YourRef eq 'CN-1'")), token)).get("d").get("results");
        assertEquals(-40, listed.get(0).get("Amount").asInt());
    }

    @Test
    void missingFinancialYear() {
        String message = error(with(valid("X"), "EntryDate", (currentYear() - 5) + "-06-01T00:00:00"), 400);
        assertEquals("Verplicht: Boekjaar", message);
    }

    @Test
    void closedPeriod() {
        String lastYear = (currentYear() - 1) + "-12-20T00:00:00";
        assertEquals("Periode is afgesloten: " + (currentYear() - 1) + " \u2013 12", error(with(valid("X"), "EntryDate", lastYear), 400));
        http.control("periods", Map.of("division", DIVISION, "year", currentYear(), "period", 3, "closed", true));
        assertEquals("Periode is afgesloten: " + currentYear() + " \u2013 3", error(valid("X"), 400));
        http.control("periods", Map.of("division", DIVISION, "year", currentYear(), "period", 3, "closed", false));
        created(postEntry(valid("X")));
    }

    @Test
    void blockedGlAccount() {
        assertEquals("Geblokkeerd: Grootboekrekening: 704000 - Verkopen (oud)", error(entry(JOURNAL_SALES,
                customer(CUSTOMER_ACTIVE), thisYear("03-15"), "X", List.of(line(GL_REVENUE_BLOCKED, 10))), 400));
    }

    @Test
    void wrongGlAccountTypeForSales() {
        assertEquals("Ongeldig: Grootboekrekeningtype", error(entry(JOURNAL_SALES, customer(CUSTOMER_ACTIVE),
                thisYear("03-15"), "X", List.of(line(GL_PURCHASES, 10))), 400));
        // General (90) is allowed next to Revenue (110)
        created(postEntry(entry(JOURNAL_SALES, customer(CUSTOMER_ACTIVE), thisYear("03-15"), "G", List.of(line(GL_OTHER_INCOME, 10)))));
    }

    @Test
    void unknownGlAccount() {
        Map<String, Object> l = Map.of("GLAccount", "11111111-2222-3333-4444-555555555555", "AmountFC", 5);
        assertEquals("Ongeldige referentie: Grootboekrekening", error(entry(JOURNAL_SALES, customer(CUSTOMER_ACTIVE),
                thisYear("03-15"), "X", List.of(l)), 400));
    }

    @Test
    void inactiveCustomer() {
        assertEquals("Klant: Non-actief", error(entry(JOURNAL_SALES, customer(CUSTOMER_BLOCKED), thisYear("03-15"), "X",
                List.of(line(GL_REVENUE, 1))), 400));
    }

    @Test
    void prospectIsNotACustomer() {
        assertEquals("Ongeldig: Klant (Type)", error(entry(JOURNAL_SALES, customer(CUSTOMER_PROSPECT), thisYear("03-15"), "X",
                List.of(line(GL_REVENUE, 1))), 400));
    }

    @Test
    void customerReceivablesAccountDiffersFromJournal() {
        assertEquals("De klantenrekening van deze relatie is niet gelijk aan de rekening van het gebruikte verkoopdagboek",
                error(entry(JOURNAL_SALES, customer(CUSTOMER_OTHER_RECEIVABLES), thisYear("03-15"), "X",
                        List.of(line(GL_REVENUE, 1))), 400));
    }

    @Test
    void unknownCustomer() {
        assertEquals("Ongeldige referentie: Klant", error(entry(JOURNAL_SALES, "11111111-2222-3333-4444-555555555555",
                thisYear("03-15"), "X", List.of(line(GL_REVENUE, 1))), 400));
    }

    @Test
    void unknownJournalBlockedJournalAndPurchaseJournal() {
        assertEquals("Ongeldige referentie: Journals", error(with(valid("X"), "Journal", "99"), 400));
        assertEquals("Ongeldige referentie: Journals", error(with(valid("X"), "Journal",
                seededId(DIVISION, "financial/Journals", "Code", JOURNAL_SALES)), 400));
        assertEquals("Geblokkeerd: Dagboek: 72 - Verkoopboek (oud)", error(with(valid("X"), "Journal", JOURNAL_SALES_BLOCKED), 400));
        assertEquals("Ongeldig dagboek. Het dagboek moet een verkoopdagboek zijn.", error(with(valid("X"), "Journal", JOURNAL_PURCHASE), 500));
    }

    @Test
    void costCentersAndUnits() {
        Map<String, Object> unknownCc = new HashMap<>(line(GL_REVENUE, 5));
        unknownCc.put("CostCenter", "NOPE");
        Map<String, Object> unknownCu = new HashMap<>(line(GL_REVENUE, 5));
        unknownCu.put("CostUnit", "NOPE");
        assertEquals("Ongeldige referentie: Kostenplaats\r\nOngeldige referentie: Kostendrager", error(entry(JOURNAL_SALES,
                customer(CUSTOMER_ACTIVE), thisYear("03-15"), "X", List.of(unknownCc, unknownCu)), 400));
        assertEquals("Verplicht: Kostenplaats", error(entry(JOURNAL_SALES, customer(CUSTOMER_ACTIVE), thisYear("03-15"), "X",
                List.of(line(GL_REVENUE_TRIPS, 5))), 400));
        assertEquals("Verplicht: Kostendrager", error(entry(JOURNAL_SALES, customer(CUSTOMER_ACTIVE), thisYear("03-15"), "X",
                List.of(line(GL_REVENUE_MATERIALS, 5))), 400));
        Map<String, Object> ok = new HashMap<>(line(GL_REVENUE_TRIPS, 5));
        ok.put("CostCenter", COSTCENTER_PRIMARY);
        ok.put("CostUnit", COSTUNIT_TRIPS);
        JsonNode e = created(postEntry(entry(JOURNAL_SALES, customer(CUSTOMER_ACTIVE), thisYear("03-15"), "CC", List.of(ok))));
        JsonNode line = SimHttp.json(http.get(div("salesentry/SalesEntries(guid'" + e.get("EntryID").asText()
                + "')/SalesEntryLines"), token)).get("d").get("results").get(0);
        assertEquals(COSTCENTER_PRIMARY, line.get("CostCenter").asText());
        assertEquals("Uitstappen", line.get("CostUnitDescription").asText());
    }

    @Test
    void severalProblemsAreJoinedWithCrLf() {
        String message = error(entry(JOURNAL_SALES, customer(CUSTOMER_BLOCKED), (currentYear() - 1) + "-12-01T00:00:00", "X",
                List.of(line(GL_PURCHASES, 1))), 400);
        assertEquals("Klant: Non-actief\r\nPeriode is afgesloten: " + (currentYear() - 1) + " \u2013 12\r\nOngeldig: Grootboekrekeningtype", message);
        assertEquals("Verplicht: Dagboek\r\nVerplicht: Klant\r\nVerplicht: Regels", error(Map.of("EntryDate", thisYear("03-15")), 400));
    }

    @Test
    void englishUsersGetEnglishMessages() {
        token = http.control("tokens/issue", Map.of("clientId", CLIENT_ID, "username", EN_USERNAME)).get("access_token").asText();
        String message = error(entry(JOURNAL_SALES, customer(CUSTOMER_BLOCKED), (currentYear() - 5) + "-01-01T00:00:00", "X",
                List.of(line(GL_REVENUE_BLOCKED, 1))), 400);
        assertEquals("Customer: Inactive\r\nMandatory: Financial year\r\nBlocked: G/L account: 704000 - Verkopen (oud)", message);
    }

    @Test
    void frenchAndGermanUsersGetTheirLanguage() {
        token = http.control("tokens/issue", Map.of("clientId", CLIENT_ID, "username", FR_USERNAME)).get("access_token").asText();
        Map<String, Object> refused = entry(JOURNAL_SALES, customer(CUSTOMER_BLOCKED), (currentYear() - 1) + "-12-01T00:00:00",
                "X", List.of(line(GL_REVENUE_BLOCKED, 1)));
        assertEquals("Client : Inactif\r\nLa période est clôturée : " + (currentYear() - 1)
                + " \u2013 12\r\nBloqué : Compte général : 704000 - Verkopen (oud)", error(refused, 400));
        token = http.control("tokens/issue", Map.of("clientId", CLIENT_ID, "username", DE_USERNAME)).get("access_token").asText();
        assertEquals("Kunde: Inaktiv\r\nPeriode ist abgeschlossen: " + (currentYear() - 1)
                + " \u2013 12\r\nGesperrt: Sachkonto: 704000 - Verkopen (oud)", error(refused, 400));
    }

    @Test
    void outstandingItemIsCreatedWithTheEntry() {
        JsonNode e = created(postEntry(with(valid("INV-R"), "DueDate", thisYear("04-15"))));
        JsonNode item = SimHttp.json(http.get(div("read/financial/ReceivablesList?$select=HID,Amount,YourRef,EntryNumber,"
                + "InvoiceNumber,DueDate,JournalCode,AccountCode&$filter=" + q("YourRef eq 'INV-R'")), token)).get("d").get("results").get(0);
        assertEquals(120.5, item.get("Amount").asDouble());
        assertEquals(e.get("EntryNumber").asInt(), item.get("EntryNumber").asInt());
        assertEquals(e.get("EntryNumber").asInt(), item.get("InvoiceNumber").asInt());
        assertEquals(e.get("DueDate").asText(), item.get("DueDate").asText());
        assertEquals("70", item.get("JournalCode").asText());
        JsonNode receivable = SimHttp.json(http.get(div("cashflow/Receivables?$select=ID,AmountDC,IsFullyPaid,Status,TransactionEntryID,PaymentMethod&$filter="
                + q("TransactionEntryID eq guid'" + e.get("EntryID").asText() + "'")), token)).get("d").get("results").get(0);
        assertFalse(receivable.get("IsFullyPaid").asBoolean());
        assertEquals(20, receivable.get("Status").asInt());
        assertEquals("I", receivable.get("PaymentMethod").asText(), "customer 1001 has a main mandate");
    }

    @Test
    void putUpdatesHeaderButNotLinesAndDeleteRemoves() {
        JsonNode e = created(postEntry(valid("INV-P")));
        String key = div("salesentry/SalesEntries(guid'" + e.get("EntryID").asText() + "')");
        HttpResponse<String> put = http.put(key, token, Map.of("YourRef", "INV-P2", "Description", "changed"));
        assertEquals(204, put.statusCode());
        assertEquals("", put.body());
        assertEquals("INV-P2", SimHttp.json(http.get(key, token)).get("d").get("YourRef").asText());
        assertEquals(1, http.controlGet("data/" + DIVISION + "/cashflow/Receivables?YourRef=INV-P2").get("count").asInt());
        HttpResponse<String> lines = http.put(key, token, Map.of("SalesEntryLines", List.of(line(GL_REVENUE, 1))));
        assertEquals(400, lines.statusCode());
        assertTrue(SimHttp.errorMessage(lines).startsWith("Error processing request stream. Binding to new entities"));
        HttpResponse<String> del = http.delete(key, token);
        assertEquals(204, del.statusCode());
        assertEquals("", del.body());
        assertEquals(404, http.get(key, token).statusCode());
        assertEquals(0, http.controlGet("data/" + DIVISION + "/cashflow/Receivables?YourRef=INV-P2").get("count").asInt());
    }

    @Test
    void vatComesFromTheLineOrElseFromTheGlAccount() {
        http.control("data/" + DIVISION + "/financial/GLAccounts", Map.of("ID", "5d7e1b2c-3a4f-4e6d-8c9b-0a1b2c3d4e5f",
                "Code", "700900", "Description", "Drank", "Type", 110, "VATCode", "3  ", "IsBlocked", false));
        Map<String, Object> exempt = new HashMap<>(line(GL_REVENUE_MEALS, 100));
        exempt.put("GLAccount", "5d7e1b2c-3a4f-4e6d-8c9b-0a1b2c3d4e5f");
        exempt.put("VATCode", VAT_EXEMPT);
        JsonNode booked = created(postEntry(entry(JOURNAL_SALES, customer(CUSTOMER_ACTIVE), thisYear("03-15"), "VAT-0",
                List.of(exempt))));
        assertEquals(100.0, booked.get("AmountDC").asDouble());
        JsonNode defaulted = created(postEntry(entry(JOURNAL_SALES, customer(CUSTOMER_ACTIVE), thisYear("03-15"),
                "VAT-21", List.of(Map.of("GLAccount", "5d7e1b2c-3a4f-4e6d-8c9b-0a1b2c3d4e5f", "AmountFC", 100)))));
        assertEquals(121.0, defaulted.get("AmountDC").asDouble());
        assertEquals(21.0, defaulted.get("VATAmountFC").asDouble());
        Map<String, Object> unknown = new HashMap<>(line(GL_REVENUE, 100));
        unknown.put("VATCode", "99");
        assertEquals("Ongeldige referentie: Btw-code", error(entry(JOURNAL_SALES, customer(CUSTOMER_ACTIVE),
                thisYear("03-15"), "VAT-99", List.of(unknown)), 400));
        JsonNode codes = SimHttp.json(http.get(div("vat/VATCodes?$select=Code,Percentage&$filter="
                + q("Code eq '3  '")), token)).get("d").get("results");
        assertEquals(21.0, codes.get(0).get("Percentage").asDouble());
        assertEquals(400, http.get(div("vat/VATCodes?$select=Code,Percentage"), token).statusCode(),
                "mandatory filtering, as on every endpoint with a sync counterpart");
    }

    @Test
    void linesCanBeAddedAndRemovedSeparately() {
        JsonNode e = created(postEntry(entry(JOURNAL_SALES, customer(CUSTOMER_ACTIVE), thisYear("03-15"), "INV-S",
                List.of(line(GL_REVENUE, 10)))));
        String entryId = e.get("EntryID").asText();
        Map<String, Object> extra = new HashMap<>(line(GL_REVENUE_MEALS, 5));
        extra.put("EntryID", entryId);
        JsonNode added = created(http.post(div("salesentry/SalesEntryLines"), token, extra));
        assertEquals(2, added.get("LineNumber").asInt());
        String key = div("salesentry/SalesEntries(guid'" + entryId + "')");
        assertEquals(15.0, SimHttp.json(http.get(key, token)).get("d").get("AmountDC").asDouble());
        String firstLine = SimHttp.json(http.get(key + "/SalesEntryLines", token)).get("d").get("results").get(0).get("ID").asText();
        assertEquals(204, http.delete(div("salesentry/SalesEntryLines(guid'" + firstLine + "')"), token).statusCode());
        assertEquals(5.0, SimHttp.json(http.get(key, token)).get("d").get("AmountDC").asDouble());
        // deleting the last line deletes the entry
        assertEquals(204, http.delete(div("salesentry/SalesEntryLines(guid'" + added.get("ID").asText() + "')"), token).statusCode());
        assertEquals(404, http.get(key, token).statusCode());
    }

    @Test
    void documentReferenceMustExist() {
        assertEquals("Ongeldige referentie: Document", error(with(valid("X"), "Document", "11111111-2222-3333-4444-555555555555"), 400));
    }
}
