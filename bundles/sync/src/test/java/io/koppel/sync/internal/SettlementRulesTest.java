package io.koppel.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.api.ReasonCode;
import io.koppel.api.sync.Settlement;
import io.koppel.api.sync.SettlementKind;
import io.koppel.store.EntryBalanceRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettlementRulesTest {
    private static final LocalDate FILE_DATE = LocalDate.of(2026, 11, 21);
    private static final String OGM = "+++090/9337/55493+++";
    private static final int ENTRY_NUMBER = 26700001;

    /**
     * A document's entry in Exact and what the host was told of it last (a blank: nothing yet), and what it is told
     * now (a blank kind: nothing, it is no news), in the order of the parameters; what is paid is what is neither
     * outstanding nor written off.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            paid in full          | INVOICE     | 100.00 |   0.00 |  0.00 |                |       |  0 | FULLY_PAID     |   0.00 |  0.00
            paid in part          | INVOICE     | 100.00 |  30.00 |  0.00 |                |       |  0 | PARTIALLY_PAID |  30.00 |  0.00
            open again            | INVOICE     | 100.00 | 100.00 |  0.00 | FULLY_PAID     |  0.00 |  0 | REOPENED       | 100.00 |  0.00
            still open: no news   | INVOICE     | 100.00 | 100.00 |  0.00 |                |       |  0 |                |        |
            told already: no news | INVOICE     | 100.00 |  30.00 |  0.00 | PARTIALLY_PAID | 30.00 |  0 |                |        |
            overpaid              | INVOICE     | 100.00 | -20.00 |  0.00 |                |       |  0 | FULLY_PAID     |   0.00 |  0.00
            written off           | INVOICE     | 100.00 |   0.00 | 15.00 |                |       |  0 | FULLY_PAID     |   0.00 | 15.00
            rest within tolerance | INVOICE     | 100.00 |   0.40 |  0.00 |                |       | 50 | FULLY_PAID     |   0.00 |  0.00
            rest beyond tolerance | INVOICE     | 100.00 |   0.51 |  0.00 |                |       | 50 | PARTIALLY_PAID |   0.51 |  0.00
            credit note, positive | CREDIT_NOTE |  40.00 | -10.00 |  0.00 |                |       |  0 | PARTIALLY_PAID |  10.00 |  0.00
            credit note, negative | CREDIT_NOTE | -40.00 |   0.00 |  0.00 |                |       |  0 | FULLY_PAID     |   0.00 |  0.00
            """)
    void settles(String situation, String type, BigDecimal amount, BigDecimal outstanding, BigDecimal writtenOff,
                 String toldKind, BigDecimal toldOutstanding, int toleranceCents,
                 SettlementKind kind, BigDecimal settledOutstanding, BigDecimal settledWrittenOff) {
        EntryBalanceRow row = new EntryBalanceRow("F26-0001", "INV-1", "school-1", "POSTED", type, "e-1", ENTRY_NUMBER,
                OGM, amount, "KOPPEL", toldKind, toldOutstanding, 2, 1, ENTRY_NUMBER, ENTRY_NUMBER, OGM, "090933755493",
                outstanding, writtenOff, LocalDate.of(2026, 11, 2));
        Optional<Settlement> settlement = SettlementRules.decide(row, toleranceCents, FILE_DATE).settlement();
        assertEquals(Optional.ofNullable(kind), settlement.map(Settlement::kind));
        settlement.ifPresent(settled -> {
            assertEquals(0, settledOutstanding.compareTo(settled.outstandingAmount()), "outstanding");
            assertEquals(0, settledWrittenOff.compareTo(settled.writtenOffAmount()), "written off");
            assertEquals(0, amount.subtract(settledOutstanding).subtract(settledWrittenOff)
                    .compareTo(settled.paidAmount()), "paid");
            assertEquals(kind == SettlementKind.REOPENED ? null : FILE_DATE, settled.paymentDate(), "the file's date");
        });
    }

    /** The entry Exact holds for the document, paid in full, and the mismatch that keeps it from settling. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            another entry number in Exact | KOPPEL  | 26700002 | +++090/9337/55493+++ |              | SYNC_ENTRY_NUMBER_MISMATCH
            another OGM in Exact          | KOPPEL  | 26700001 | +++111/1111/11111+++ | 111111111111 | SYNC_OGM_MISMATCH
            settled by hand               | BY_HAND | 26700001 | +++090/9337/55493+++ |              |
            """)
    void mismatchesAreReportedNeverApplied(String situation, String handling, int entryNumberInExact, String yourRef,
                                           String paymentReference, ReasonCode mismatch) {
        EntryBalanceRow row = new EntryBalanceRow("F26-0001", "INV-1", "school-1", "POSTED", "INVOICE", "e-1",
                ENTRY_NUMBER, OGM, new BigDecimal("100.00"), handling, null, null, 1, 1, entryNumberInExact,
                entryNumberInExact, yourRef, paymentReference, BigDecimal.ZERO, BigDecimal.ZERO, null);
        SettlementRules.Decision decision = SettlementRules.decide(row, 0, FILE_DATE);
        assertTrue(decision.settlement().isEmpty());
        assertEquals(Optional.ofNullable(mismatch), decision.mismatch().map(m -> m.reason().code()));
    }
}
