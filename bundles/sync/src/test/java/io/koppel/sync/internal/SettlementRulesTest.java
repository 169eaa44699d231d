package io.koppel.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.api.ReasonCode;
import io.koppel.api.sync.Settlement;
import io.koppel.api.sync.SettlementKind;
import io.koppel.store.EntryBalanceRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SettlementRulesTest {
    private static final LocalDate FILE_DATE = LocalDate.of(2026, 11, 21);
    private static final String OGM = "+++090/9337/55493+++";

    private static EntryBalanceRow row(String type, String amount, String outstanding, String writtenOff,
                                       String settledKind, String settledOutstanding) {
        return new EntryBalanceRow("F26-0001", "INV-1", "school-1", "POSTED", type, "e-1", 26700001, OGM,
                new BigDecimal(amount), "KOPPEL", settledKind, settledOutstanding == null ? null : new BigDecimal(settledOutstanding),
                2, 1, 26700001, 26700001, OGM, "090933755493", new BigDecimal(outstanding), new BigDecimal(writtenOff),
                LocalDate.of(2026, 11, 2));
    }

    private static Settlement settled(EntryBalanceRow row, int tolerance) {
        return SettlementRules.decide(row, tolerance, FILE_DATE).settlement().orElseThrow();
    }

    @Test
    void paidInFullPartlyOrOpenAgain() {
        Settlement full = settled(row("INVOICE", "100.00", "0.00", "0.00", null, null), 0);
        assertEquals(SettlementKind.FULLY_PAID, full.kind());
        assertEquals(0, new BigDecimal("100").compareTo(full.paidAmount()));
        assertEquals(FILE_DATE, full.paymentDate());

        Settlement partly = settled(row("INVOICE", "100.00", "30.00", "0.00", null, null), 0);
        assertEquals(SettlementKind.PARTIALLY_PAID, partly.kind());
        assertEquals(0, new BigDecimal("30").compareTo(partly.outstandingAmount()));

        Settlement reopened = settled(row("INVOICE", "100.00", "100.00", "0.00", "FULLY_PAID", "0.00"), 0);
        assertEquals(SettlementKind.REOPENED, reopened.kind());
        assertTrue(SettlementRules.decide(row("INVOICE", "100.00", "100.00", "0.00", null, null), 0, FILE_DATE)
                .settlement().isEmpty(), "an invoice never paid and still open is no news");
        assertTrue(SettlementRules.decide(row("INVOICE", "100.00", "30.00", "0.00", "PARTIALLY_PAID", "30.00"), 0,
                FILE_DATE).settlement().isEmpty(), "what the host was told already is not told again");
    }

    @Test
    void neverMoreThanTheDocumentAndWriteOffsApart() {
        Settlement overpaid = settled(row("INVOICE", "100.00", "-20.00", "0.00", null, null), 0);
        assertEquals(SettlementKind.FULLY_PAID, overpaid.kind());
        assertEquals(0, new BigDecimal("100").compareTo(overpaid.paidAmount()));

        Settlement writtenOff = settled(row("INVOICE", "100.00", "0.00", "15.00", null, null), 0);
        assertEquals(SettlementKind.FULLY_PAID, writtenOff.kind());
        assertEquals(0, new BigDecimal("15").compareTo(writtenOff.writtenOffAmount()));
        assertEquals(0, new BigDecimal("85").compareTo(writtenOff.paidAmount()));
    }

    @Test
    void aRestWithinTheToleranceCountsAsPaid() {
        assertEquals(SettlementKind.FULLY_PAID, settled(row("INVOICE", "100.00", "0.40", "0.00", null, null), 50).kind());
        assertEquals(SettlementKind.PARTIALLY_PAID, settled(row("INVOICE", "100.00", "0.51", "0.00", null, null), 50).kind());
    }

    @Test
    void creditNotesPrintedPositiveAreNegativeInExact() {
        Settlement credit = settled(row("CREDIT_NOTE", "40.00", "-10.00", "0.00", null, null), 0);
        assertEquals(SettlementKind.PARTIALLY_PAID, credit.kind());
        assertEquals(0, new BigDecimal("10").compareTo(credit.outstandingAmount()));
        Settlement negative = settled(row("CREDIT_NOTE", "-40.00", "0.00", "0.00", null, null), 0);
        assertEquals(SettlementKind.FULLY_PAID, negative.kind());
    }

    @Test
    void mismatchesAreReportedNeverApplied() {
        EntryBalanceRow base = row("INVOICE", "100.00", "0.00", "0.00", null, null);
        EntryBalanceRow otherNumber = new EntryBalanceRow(base.documentNumber(), base.hostInvoiceId(), base.hostEntity(),
                base.origin(), base.documentType(), base.exactEntryId(), 26700001, OGM, base.amount(), "KOPPEL", null, null,
                1, 1, 26700002, 26700002, OGM, null, base.outstanding(), base.writtenOff(), null);
        SettlementRules.Decision decision = SettlementRules.decide(otherNumber, 0, FILE_DATE);
        assertTrue(decision.settlement().isEmpty());
        assertEquals(ReasonCode.SYNC_ENTRY_NUMBER_MISMATCH, decision.mismatch().orElseThrow().reason().code());

        EntryBalanceRow otherOgm = new EntryBalanceRow(base.documentNumber(), base.hostInvoiceId(), base.hostEntity(),
                base.origin(), base.documentType(), base.exactEntryId(), 26700001, OGM, base.amount(), "KOPPEL", null, null,
                1, 1, 26700001, 26700001, "+++111/1111/11111+++", "111111111111", base.outstanding(), base.writtenOff(), null);
        assertEquals(ReasonCode.SYNC_OGM_MISMATCH,
                SettlementRules.decide(otherOgm, 0, FILE_DATE).mismatch().orElseThrow().reason().code());

        EntryBalanceRow byHand = new EntryBalanceRow(base.documentNumber(), base.hostInvoiceId(), base.hostEntity(),
                base.origin(), base.documentType(), base.exactEntryId(), 26700001, OGM, base.amount(), "BY_HAND", null, null,
                1, 1, 26700001, 26700001, OGM, null, base.outstanding(), base.writtenOff(), null);
        SettlementRules.Decision untouched = SettlementRules.decide(byHand, 0, FILE_DATE);
        assertTrue(untouched.settlement().isEmpty() && untouched.mismatch().isEmpty());
    }
}
