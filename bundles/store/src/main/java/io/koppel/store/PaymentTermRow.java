package io.koppel.store;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A row of {@code koppel_payment_term}: Koppel's copy of one of Exact's payment terms.
 *
 * @param site       the Exact site's authority, e.g. {@code start.exactonline.be}
 * @param status     Exact's: 20 open, 30 selected for collection, 40 sent, 50 matched
 * @param rowVersion Exact's Timestamp of the term
 * @param deleted    Exact deleted the term
 * @param changed    automatic mode has not settled from this version yet
 */
public record PaymentTermRow(
        String site,
        int division,
        String termId,
        String entryId,
        Integer entryNumber,
        String account,
        String accountCode,
        String yourRef,
        String paymentReference,
        BigDecimal amount,
        BigDecimal discount,
        int status,
        int lineType,
        LocalDate lastPaymentDate,
        long rowVersion,
        boolean deleted,
        boolean changed) {
}
