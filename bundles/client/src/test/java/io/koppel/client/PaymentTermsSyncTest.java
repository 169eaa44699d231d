package io.koppel.client;

import static io.koppel.client.SalesEntriesTest.CUSTOMER;
import static io.koppel.client.SalesEntriesTest.REVENUE;
import static io.koppel.simulator.DefaultDataSet.DIVISION;
import static io.koppel.simulator.DefaultDataSet.JOURNAL_SALES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.client.model.DeletedRecord;
import io.koppel.client.model.NewSalesEntry;
import io.koppel.client.model.NewSalesEntryLine;
import io.koppel.client.model.PaymentTerm;
import io.koppel.client.model.SalesEntry;
import io.koppel.client.model.SyncPage;
import io.koppel.simulator.PaymentKind;
import io.koppel.simulator.PaymentRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Exact's sync endpoints for payments: pages after a Timestamp. */
class PaymentTermsSyncTest {
    @RegisterExtension
    static final SimulatedExact exact = SimulatedExact.unlimited();

    private SalesEntry post(String yourRef, String amount) {
        LocalDate today = exact.simulator.clock().todayUtc();
        return exact.client.createSalesEntry(exact.ctx(DIVISION), new NewSalesEntry(CUSTOMER, JOURNAL_SALES, today,
                today.plusDays(14), null, null, yourRef, "Rekening " + yourRef, null, null, "EUR", null,
                List.of(NewSalesEntryLine.of(REVENUE, new BigDecimal(amount), "Maaltijden"))));
    }

    /** The simulator lives for the class: each test starts from where the terms end now. */
    private static long end() {
        SyncPage<PaymentTerm> page = exact.client.paymentTermsSince(exact.ctx(DIVISION), 1);
        while (page.more()) {
            page = exact.client.paymentTermsSince(exact.ctx(DIVISION), page.lastTimestamp());
        }
        return page.lastTimestamp();
    }

    @Test
    void termsAfterACursorShowPartialPaymentsWriteOffsAndOverpayments() {
        long start = end();
        SalesEntry partly = post("S-1", "100.00");
        SalesEntry writtenOff = post("S-2", "10.00");
        SalesEntry overpaid = post("S-3", "40.00");
        SyncPage<PaymentTerm> first = exact.client.paymentTermsSince(exact.ctx(DIVISION), start);
        assertEquals(3, first.records().size());
        assertFalse(first.more());
        long cursor = first.lastTimestamp();

        exact.simulator.registerPayment(PaymentRequest.payment(DIVISION, partly.entryId(), new BigDecimal("25.50")));
        exact.simulator.registerPayment(new PaymentRequest(DIVISION, writtenOff.entryId(), null, null,
                PaymentKind.WRITE_OFF, null, null, null));
        exact.simulator.registerPayment(PaymentRequest.overpayment(DIVISION, overpaid.entryId(), new BigDecimal("45")));
        exact.exchanges.clear();
        SyncPage<PaymentTerm> changes = exact.client.paymentTermsSince(exact.ctx(DIVISION), cursor);

        assertEquals(1, exact.exchanges.exchanges.size(), "one call for a page");
        assertTrue(exact.exchanges.exchanges.get(0).path().contains("Timestamp gt " + cursor + "L")
                || exact.exchanges.exchanges.get(0).path().contains("Timestamp%20gt%20" + cursor + "L"));
        BigDecimal openOfPartly = changes.records().stream()
                .filter(t -> partly.entryId().equals(t.transactionEntryId()) && !t.matched())
                .map(PaymentTerm::amountDC).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("74.50").compareTo(openOfPartly));
        PaymentTerm writeOff = changes.records().stream()
                .filter(t -> writtenOff.entryId().equals(t.transactionEntryId())).reduce((a, b) -> b).orElseThrow();
        assertTrue(writeOff.matched());
        assertEquals(0, new BigDecimal("10").compareTo(writeOff.amountDiscountDC()));
        PaymentTerm excess = changes.records().stream().filter(t -> t.amountDC().signum() < 0).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("-5").compareTo(excess.amountDC()));
        assertTrue(excess.receipt());
        assertEquals(CUSTOMER, excess.account());
        assertTrue(changes.lastTimestamp() > cursor);
        assertEquals(exact.simulator.clock().todayUtc(), writeOff.lastPaymentDate());

        exact.simulator.registerPayment(PaymentRequest.reversal(DIVISION, overpaid.entryId()));
        SyncPage<DeletedRecord> deleted = exact.client.deletedSince(exact.ctx(DIVISION), 1);
        // the excess term is the only term deleted in this class
        assertEquals(List.of(excess.id()), deleted.records().stream()
                .filter(d -> d.entityType() == DeletedRecord.PAYMENT_TERMS).map(DeletedRecord::entityKey).toList());
        SyncPage<PaymentTerm> nothing = exact.client.paymentTermsSince(exact.ctx(DIVISION),
                exact.client.paymentTermsSince(exact.ctx(DIVISION), changes.lastTimestamp()).lastTimestamp());
        assertTrue(nothing.records().isEmpty());
    }

    @Test
    void aThousandTermsAPage() {
        long start = end();
        SalesEntry entry = post("S-5", "20.00");
        for (int i = 0; i < 1_050; i++) {
            exact.simulator.registerPayment(PaymentRequest.payment(DIVISION, entry.entryId(), new BigDecimal("0.01")));
        }
        SyncPage<PaymentTerm> first = exact.client.paymentTermsSince(exact.ctx(DIVISION), start);
        SyncPage<PaymentTerm> second = exact.client.paymentTermsSince(exact.ctx(DIVISION), first.lastTimestamp());
        assertEquals(1_000, first.records().size());
        assertTrue(first.more());
        assertEquals(51, second.records().size());
        assertFalse(second.more());
    }
}
