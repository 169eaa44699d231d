package io.koppel.api.sync;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A change of a host invoice's payment state.
 *
 * @param hostInvoiceId the host's invoice id
 * @param documentNumber the host's document number
 * @param exactEntryNumber Exact's entry number the match was made on
 * @param ogm the structured communication the match was made on
 * @param kind what the state becomes
 * @param invoiceAmount the document's total
 * @param outstandingAmount what is still to pay after this settlement
 */
public record Settlement(
        String hostInvoiceId,
        String documentNumber,
        int exactEntryNumber,
        String ogm,
        SettlementKind kind,
        BigDecimal invoiceAmount,
        BigDecimal outstandingAmount) {

    public Settlement {
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(invoiceAmount, "invoiceAmount");
        Objects.requireNonNull(outstandingAmount, "outstandingAmount");
    }

    /** How much is paid of the document after this settlement. */
    public BigDecimal paidAmount() {
        return invoiceAmount.subtract(outstandingAmount);
    }
}
