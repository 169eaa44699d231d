package io.koppel.simulator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Registers money against a sales entry. Identify the entry by {@code entryId}, or by {@code entryNumber}
 * (plus {@code journalCode} when numbers could repeat across journals) within {@code division}.
 *
 * @param amount    for PAYMENT: default the full outstanding amount; for OVERPAYMENT: the total received (must exceed what is outstanding)
 * @param paymentId for REVERSAL: which receipt to undo; null = the last one
 * @param date      payment date; null = today on the simulator clock
 */
public record PaymentRequest(int division, UUID entryId, Integer entryNumber, String journalCode, PaymentKind kind,
                             BigDecimal amount, UUID paymentId, LocalDate date) {

    public static PaymentRequest payment(int division, UUID entryId, BigDecimal amount) {
        return new PaymentRequest(division, entryId, null, null, PaymentKind.PAYMENT, amount, null, null);
    }

    public static PaymentRequest fullPayment(int division, UUID entryId) {
        return new PaymentRequest(division, entryId, null, null, PaymentKind.PAYMENT, null, null, null);
    }

    public static PaymentRequest overpayment(int division, UUID entryId, BigDecimal totalReceived) {
        return new PaymentRequest(division, entryId, null, null, PaymentKind.OVERPAYMENT, totalReceived, null, null);
    }

    public static PaymentRequest reversal(int division, UUID entryId) {
        return new PaymentRequest(division, entryId, null, null, PaymentKind.REVERSAL, null, null, null);
    }

    public static PaymentRequest byEntryNumber(int division, int entryNumber, PaymentKind kind, BigDecimal amount) {
        return new PaymentRequest(division, null, entryNumber, null, kind, amount, null, null);
    }
}
