package io.koppel.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

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

    private JsonNode receivable(String entryId) {
        return SimHttp.json(http.get(div("cashflow/Receivables?$select=ID,AmountDC,TransactionAmountDC,IsFullyPaid,Status,LastPaymentDate,EndDate&$filter="
                + q("TransactionEntryID eq guid'" + entryId + "'")), token)).get("d").get("results").get(0);
    }

    @Test
    void partialThenFullPayment() {
        JsonNode e = invoice("PAY-1", 100);
        JsonNode partial = http.control("payments", Map.of("division", DIVISION, "entryId", e.get("EntryID").asText(),
                "kind", "PAYMENT", "amount", "30"));
        assertEquals(70, partial.get("outstanding").asInt());
        assertFalse(partial.get("fullyPaid").asBoolean());
        assertEquals(70, outstanding("PAY-1").get(0).get("Amount").asInt());
        JsonNode r = receivable(e.get("EntryID").asText());
        assertEquals(70, r.get("AmountDC").asInt());
        assertEquals(100, r.get("TransactionAmountDC").asInt());
        assertTrue(r.get("LastPaymentDate").asText().startsWith("/Date("));

        // the rest, by entry number this time
        http.control("payments", Map.of("division", DIVISION, "entryNumber", e.get("EntryNumber").asInt(), "kind", "PAYMENT"));
        assertEquals(0, outstanding("PAY-1").size(), "settled items leave the outstanding items list");
        JsonNode paid = receivable(e.get("EntryID").asText());
        assertTrue(paid.get("IsFullyPaid").asBoolean());
        assertEquals(50, paid.get("Status").asInt());
        assertFalse(paid.get("EndDate").isNull());
    }

    @Test
    void reversalReopensTheItem() {
        JsonNode e = invoice("PAY-2", 80);
        sim.registerPayment(PaymentRequest.fullPayment(DIVISION, java.util.UUID.fromString(e.get("EntryID").asText())));
        assertEquals(0, outstanding("PAY-2").size());
        JsonNode reversed = http.control("payments", Map.of("division", DIVISION, "entryId", e.get("EntryID").asText(),
                "kind", "REVERSAL"));
        assertEquals(80, reversed.get("outstanding").asInt());
        assertEquals(80, outstanding("PAY-2").get(0).get("Amount").asInt());
        JsonNode r = receivable(e.get("EntryID").asText());
        assertFalse(r.get("IsFullyPaid").asBoolean());
        assertEquals(20, r.get("Status").asInt());
        assertTrue(r.get("EndDate").isNull());
    }

    @Test
    void overpaymentLeavesANegativeItemOnTheCustomer() {
        JsonNode e = invoice("PAY-3", 50);
        JsonNode result = http.control("payments", Map.of("division", DIVISION, "entryId", e.get("EntryID").asText(),
                "kind", "OVERPAYMENT", "amount", "65"));
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
        http.control("payments", Map.of("division", DIVISION, "entryId", e.get("EntryID").asText(), "kind", "REVERSAL"));
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
