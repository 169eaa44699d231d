package io.koppel.api.sync;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A change of a host invoice's payment state. Amounts are the document's, in its own sign (a credit note's are
 * negative when it was printed so). What was paid never exceeds the document: an overpayment is reported apart,
 * as {@link UnallocatedCredit}.
 *
 * @param hostInvoiceId the host's invoice id
 * @param documentNumber the host's document number
 * @param exactEntryNumber Exact's entry number the match was made on
 * @param ogm the structured communication the match was made on
 * @param kind what the state becomes
 * @param invoiceAmount the document's total
 * @param outstanding what is still to pay after this settlement
 * @param writtenOff the part Exact wrote off or gave as discount: settled, but not paid
 * @param paymentDate the payment date to record: the file's date for a sync file, Exact's last payment date in
 *     automatic mode; null when Exact gives none
 * @param hostEntity the school or location of the document
 */
public record Settlement(
        String hostInvoiceId,
        String documentNumber,
        int exactEntryNumber,
        String ogm,
        SettlementKind kind,
        BigDecimal invoiceAmount,
        BigDecimal outstandingAmount,
        BigDecimal writtenOffAmount,
        LocalDate paymentDate,
        String hostEntity) {

    public Settlement {
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(invoiceAmount, "invoiceAmount");
        Objects.requireNonNull(outstandingAmount, "outstandingAmount");
        writtenOffAmount = writtenOffAmount == null ? BigDecimal.ZERO : writtenOffAmount;
    }

    public Settlement(String hostInvoiceId, String documentNumber, int exactEntryNumber, String ogm,
            SettlementKind kind, BigDecimal invoiceAmount, BigDecimal outstandingAmount) {
        this(hostInvoiceId, documentNumber, exactEntryNumber, ogm, kind, invoiceAmount, outstandingAmount,
                BigDecimal.ZERO, null, null);
    }

    /** How much is paid of the document after this settlement: neither what is open nor what was written off. */
    public BigDecimal paidAmount() {
        return invoiceAmount.subtract(outstandingAmount).subtract(writtenOffAmount);
    }
}
