package io.koppel.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.koppel.simulator.DefaultDataSet.*;
import static io.koppel.simulator.SimHttp.q;
import static org.junit.jupiter.api.Assertions.*;

class PaymentTermsSyncTest extends SimulatorTestBase {
    private static final String TERMS = "sync/Cashflow/PaymentTerms?$select=Timestamp,ID,TransactionEntryID,EntryNumber,"
            + "YourRef,AmountDC,AmountDiscountDC,Status,LineType,IsFullyPaid,LastPaymentDate,Journal&$filter=";

    private JsonNode invoice(String ref, double amount) {
        return created(postEntry(entry(JOURNAL_SALES, customer(CUSTOMER_ACTIVE), thisYear("02-10"), ref, List.of(line(GL_REVENUE, amount)))));
    }

    private JsonNode page(String path, long since) {
        HttpResponse<String> r = http.get(div(path + q("Timestamp gt " + since + "L")), token);
        assertEquals(200, r.statusCode(), r.body());
        return SimHttp.json(r).get("d");
    }

    private List<JsonNode> termsSince(long since) {
        List<JsonNode> rows = new ArrayList<>();
        page(TERMS, since).get("results").forEach(rows::add);
        return rows;
    }

    private static long last(List<JsonNode> rows) {
        return rows.get(rows.size() - 1).get("Timestamp").asLong();
    }

    private void pay(String entryId, String kind, String amount) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("division", DIVISION, "entryId", entryId, "kind", kind));
        if (amount != null) {
            body.put("amount", amount);
        }
        http.control("payments", body);
    }

    @Test
    void aPartialPaymentSplitsTheTermAndAReversalReopensIt() {
        JsonNode e = invoice("TERM-1", 100);
        String entryId = e.get("EntryID").asText();
        List<JsonNode> first = termsSince(1);
        assertEquals(1, first.size());
        assertEquals(entryId, first.get(0).get("TransactionEntryID").asText());
        assertEquals(20, first.get(0).get("Status").asInt());
        assertEquals(20, first.get(0).get("LineType").asInt());
        assertEquals(100, first.get(0).get("AmountDC").asInt());
        assertEquals(JOURNAL_SALES, first.get(0).get("Journal").asText());
        long cursor = last(first);

        pay(entryId, "PAYMENT", "30");
        List<JsonNode> changed = termsSince(cursor);
        assertEquals(2, changed.size(), "the matched part and the open rest");
        assertEquals(List.of(30, 70), changed.stream().map(t -> t.get("AmountDC").asInt()).sorted().toList());
        assertEquals(100, changed.stream().filter(t -> t.get("Status").asInt() == 50).mapToInt(t -> t.get("AmountDC").asInt()).sum() + 70);
        cursor = last(changed);
        assertTrue(termsSince(cursor).isEmpty(), "nothing new after the highest Timestamp");

        pay(entryId, "REVERSAL", null);
        List<JsonNode> reopened = termsSince(cursor);
        assertEquals(1, reopened.size());
        assertEquals(20, reopened.get(0).get("Status").asInt());
        assertEquals(30, reopened.get(0).get("AmountDC").asInt());
    }

    @Test
    void writeOffsCarryTheirDiscountAndDirectDebitsAreNotPaid() {
        String a = invoice("TERM-2", 50).get("EntryID").asText();
        String b = invoice("TERM-3", 40).get("EntryID").asText();
        long cursor = last(termsSince(1));
        pay(a, "WRITE_OFF", "50");
        pay(b, "DIRECT_DEBIT_SELECTED", null);
        List<JsonNode> rows = termsSince(cursor);
        JsonNode writtenOff = rows.stream().filter(t -> t.get("TransactionEntryID").asText().equals(a)).reduce((x, y) -> y).orElseThrow();
        assertEquals(50, writtenOff.get("Status").asInt());
        assertEquals(50, writtenOff.get("AmountDiscountDC").asInt());
        assertTrue(writtenOff.get("IsFullyPaid").asBoolean());
        JsonNode selected = rows.stream().filter(t -> t.get("TransactionEntryID").asText().equals(b)).reduce((x, y) -> y).orElseThrow();
        assertEquals(30, selected.get("Status").asInt());
        pay(b, "DIRECT_DEBIT_SENT", null);
        JsonNode sent = termsSince(last(rows)).get(0);
        assertEquals(40, sent.get("Status").asInt());
        assertFalse(sent.get("IsFullyPaid").asBoolean());
    }

    @Test
    void anOverpaymentLeavesANegativeReceiptTermAndItsReversalIsDeleted() {
        String entryId = invoice("TERM-4", 60).get("EntryID").asText();
        long cursor = last(termsSince(1));
        pay(entryId, "OVERPAYMENT", "75");
        List<JsonNode> rows = termsSince(cursor);
        JsonNode excess = rows.stream().filter(t -> t.get("AmountDC").asInt() < 0).findFirst().orElseThrow();
        assertEquals(-15, excess.get("AmountDC").asInt());
        assertEquals(20, excess.get("LineType").asInt());
        assertEquals(20, excess.get("Status").asInt());
        assertNotEquals(entryId, excess.get("TransactionEntryID").asText());
        assertTrue(excess.get("YourRef").isNull());

        long deletedCursor = 1;
        pay(entryId, "REVERSAL", null);
        JsonNode deleted = page("sync/Deleted?$select=Timestamp,EntityKey,EntityType,DeletedDate&$filter=", deletedCursor).get("results");
        assertEquals(1, deleted.size());
        assertEquals(excess.get("ID").asText(), deleted.get(0).get("EntityKey").asText());
        assertEquals(10, deleted.get(0).get("EntityType").asInt());
    }

    @Test
    void pagesHoldAThousandRowsInTimestampOrder() {
        UUID entryId = UUID.fromString(invoice("TERM-5", 20).get("EntryID").asText());
        for (int i = 0; i < 1100; i++) {
            sim.registerPayment(PaymentRequest.payment(DIVISION, entryId, new BigDecimal("0.01")));
        }
        JsonNode first = page(TERMS, 1);
        assertEquals(1000, first.get("results").size());
        assertTrue(first.hasNonNull("__next"), "more rows follow");
        long previous = 0;
        for (JsonNode row : first.get("results")) {
            assertTrue(row.get("Timestamp").asLong() > previous);
            previous = row.get("Timestamp").asLong();
        }
        JsonNode second = page(TERMS, previous);
        assertEquals(101, second.get("results").size());
        assertFalse(second.hasNonNull("__next"));
    }

    @Test
    void syncEndpointsAcceptOnlyATimestampFilterAndASelect() {
        invoice("TERM-6", 10);
        HttpResponse<String> other = http.get(div("sync/Cashflow/PaymentTerms?$select=ID&$filter=" + q("LineType eq 20")), token);
        assertEquals(400, other.statusCode());
        HttpResponse<String> none = http.get(div("sync/Cashflow/PaymentTerms?$select=ID"), token);
        assertEquals(400, none.statusCode());
        HttpResponse<String> noSelect = http.get(div("sync/Cashflow/PaymentTerms?$filter=" + q("Timestamp gt 1L")), token);
        assertEquals(400, noSelect.statusCode());
        HttpResponse<String> journalCode = http.get(div("cashflow/Receivables?$select=ID,JournalCode"), token);
        assertEquals(400, journalCode.statusCode(), "cashflow/Receivables has Journal, not JournalCode");
        assertTrue(journalCode.body().contains("JournalCode"));
    }

    @Test
    void aDivisionMoveRestartsTheTimestampsAndSaysWhen() {
        for (int i = 0; i < 5; i++) {
            String entryId = invoice("TERM-M" + i, 10 + i).get("EntryID").asText();
            pay(entryId, "PAYMENT", "1");
            pay(entryId, "REVERSAL", null);
        }
        long before = last(termsSince(1));
        assertTrue(divisionRow().get("DivisionMoveDate").isNull());
        http.control("divisions/move", Map.of("division", DIVISION));
        assertFalse(divisionRow().get("DivisionMoveDate").isNull());
        List<JsonNode> after = termsSince(1);
        assertEquals(10, after.size(), "each invoice: a term matched and undone, and its open rest");
        assertTrue(last(after) < before, "the old cursor now points past every row");
        assertTrue(termsSince(before).isEmpty());
    }

    private JsonNode divisionRow() {
        JsonNode rows = SimHttp.json(http.get(div("system/Divisions?$select=Code,DivisionMoveDate"), token)).get("d").get("results");
        for (JsonNode row : rows) {
            if (row.get("Code").asInt() == DIVISION) {
                return row;
            }
        }
        throw new AssertionError("no division " + DIVISION);
    }
}
