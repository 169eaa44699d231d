package io.koppel.api.sync;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A document booked in Exact before Koppel (migrated), registered by the host so payment sync settles it too. It
 * is matched on its entry number in the host entity's division, and its OGM is checked.
 *
 * @param amount the document's total as printed
 */
public record MigratedDocument(String hostEntity, String documentNumber, String hostInvoiceId, String ogm,
        int exactEntryNumber, BigDecimal amount) {
    public MigratedDocument {
        Objects.requireNonNull(hostEntity, "hostEntity");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(amount, "amount");
        hostInvoiceId = hostInvoiceId == null ? documentNumber : hostInvoiceId;
    }
}
