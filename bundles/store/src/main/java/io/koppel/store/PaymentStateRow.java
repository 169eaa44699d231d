package io.koppel.store;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A row of {@code koppel_payment_state}: what the host was last told of a document's payment, and how Koppel
 * handles it.
 *
 * @param origin      POSTED (by Koppel) or MIGRATED (registered by the host as already in Exact)
 * @param handling    KOPPEL, BY_HAND or EXCLUDED: Koppel settles only KOPPEL
 * @param settledKind the kind of the last settlement recorded, null before the first
 */
public record PaymentStateRow(
        String documentNumber,
        String hostEntity,
        String hostInvoiceId,
        String origin,
        Integer exactEntryNumber,
        String ogm,
        BigDecimal amount,
        String handling,
        String settledKind,
        BigDecimal outstanding,
        BigDecimal writtenOff,
        Instant updatedAt) {
}
