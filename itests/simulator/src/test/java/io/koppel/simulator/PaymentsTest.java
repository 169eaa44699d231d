package io.koppel.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.koppel.simulator.DefaultDataSet.*;
import static io.koppel.simulator.SimHttp.q;
import static org.junit.jupiter.api.Assertions.*;

class PaymentsTest extends SimulatorTestBase {

    private JsonNode invoice(String ref, double amount) {
        return created(postEntry(entry(JOURNAL_SALES, customer(CUSTOMER_ACTIVE), thisYear("02-10"), ref, List.of(line(GL_REVENUE, amount)))));
    }

    private JsonNode outstanding(String yourRef) {
        return SimHttp.json(http.get(div("read/financial/ReceivablesList?$select=HID,Amount,YourRef,AccountId,JournalCode&$filter="
                + q("YourRef eq '" + yourRef + "'")), token)).get("d").get("results");
    }

    private JsonNode receivable(JsonNode entry) {
        return SimHttp.json(http.get(div("cashflow/Receivables?$select=ID,AmountDC,TransactionAmountDC,IsFullyPaid,Status,LastPaymentDate,EndDate&$filter="
                + q("TransactionEntryID eq guid'" + entry.get("EntryID").asText() + "'")), token)).get("d").get("results").get(0);
    }

    /** Registers a payment of the given kind on the entry through the control API; amount null for all that is open. */
    private static JsonNode payment(JsonNode entry, String kind, String amount) {
        Map<String, Object> request = new HashMap<>(Map.of("division", DIVISION, "entryId", entry.get("EntryID").asText(),
                "kind", kind));
        if (amount != null) {
            request.put("amount", amount);
        }
        return http.control("payments", request);
    }

    /** Settled: fully paid, status 50 and an end date; open: status 20 and no end date. */
    private static void assertSettled(boolean settled, JsonNode receivable) {
        assertEquals(settled, receivable.get("IsFullyPaid").asBoolean());
        assertEquals(settled ? 50 : 20, receivable.get("Status").asInt());
        assertEquals(!settled, receivable.get("EndDate").isNull());
    }

    @Test
    void partialThenFullPayment() {
        JsonNode e = invoice("PAY-1", 100);
        JsonNode partial = payment(e, "PAYMENT", "30");
        assertEquals(70, partial.get("outstanding").asInt());
        assertFalse(partial.get("fullyPaid").asBoolean());
        assertEquals(70, outstanding("PAY-1").get(0).get("Amount").asInt());
        JsonNode r = receivable(e);
        assertEquals(70, r.get("AmountDC").asInt());
        assertEquals(100, r.get("TransactionAmountDC").asInt());
        assertTrue(r.get("LastPaymentDate").asText().startsWith("/Date("));

        // the rest, by entry number this time
        http.control("payments", Map.of("division", DIVISION, "entryNumber", e.get("EntryNumber").asInt(), "kind", "PAYMENT"));
        assertEquals(0, outstanding("PAY-1").size(), "settled items leave the outstanding items list");
        assertSettled(true, receivable(e));
    }

    @Test
    void reversalReopensTheItem() {
        JsonNode e = invoice("PAY-2", 80);
        sim.registerPayment(PaymentRequest.fullPayment(DIVISION, java.util.UUID.fromString(e.get("EntryID").asText())));
        assertEquals(0, outstanding("PAY-2").size());
        JsonNode reversed = payment(e, "REVERSAL", null);
        assertEquals(80, reversed.get("outstanding").asInt());
        assertEquals(80, outstanding("PAY-2").get(0).get("Amount").asInt());
        assertSettled(false, receivable(e));
    }

    @Test
    void overpaymentLeavesANegativeItemOnTheCustomer() {
        JsonNode e = invoice("PAY-3", 50);
        JsonNode result = payment(e, "OVERPAYMENT", "65");
        assertTrue(result.get("fullyPaid").asBoolean());
        assertNotNull(result.get("excessReceivable").asText());
        assertEquals(0, outstanding("PAY-3").size());
        JsonNode all = SimHttp.json(http.get(div("read/financial/ReceivablesList?$select=Amount,YourRef,JournalCode,AccountId&$filter="
                + q("AccountId eq guid'" + customer(CUSTOMER_ACTIVE) + "'")), token)).get("d").get("results");
        assertEquals(1, all.size());
        assertEquals(-15, all.get(0).get("Amount").asInt());
        assertTrue(all.get(0).get("YourRef").isNull());
        assertEquals(JOURNAL_BANK, all.get(0).get("JournalCode").asText());
        // reversing the overpayment removes the excess and reopens the invoice
        payment(e, "REVERSAL", null);
        assertEquals(50, outstanding("PAY-3").get(0).get("Amount").asInt());
        assertEquals(1, SimHttp.json(http.get(div("read/financial/ReceivablesList?$select=Amount&$filter="
                + q("AccountId eq guid'" + customer(CUSTOMER_ACTIVE) + "'")), token)).get("d").get("results").size());
    }

    @Test
    void impossiblePaymentsAreRefused() {
        JsonNode e = invoice("PAY-4", 10);
        var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(sim.baseUrl() + "/_sim/payments"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"division\":" + DIVISION + ",\"entryId\":\""
                        + e.get("EntryID").asText() + "\",\"kind\":\"PAYMENT\",\"amount\":\"11\"}")));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("OVERPAYMENT"));
    }
}
