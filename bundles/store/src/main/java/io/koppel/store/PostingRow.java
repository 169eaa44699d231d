package io.koppel.store;

import io.koppel.api.Reason;
import io.koppel.api.Status;
import io.koppel.api.posting.DocumentType;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A row of {@code koppel_posting}: one host document, its overview columns and where its posting stands.
 * {@code document} is the whole host document as the posting bundle serialised it, so a restart loses nothing.
 * {@code mayHaveReachedExact} is set before a write to Exact whose answer could be lost; the next attempt then
 * looks the entry up before posting.
 */
public record PostingRow(
        String documentNumber,
        String hostInvoiceId,
        String hostEntity,
        DocumentType documentType,
        String personName,
        String title,
        BigDecimal amount,
        String ogm,
        String document,
        Status status,
        Reason reason,
        int attempts,
        Instant firstAttemptAt,
        Instant nextAttemptAt,
        boolean mayHaveReachedExact,
        Integer division,
        String exactEntryId,
        Integer exactEntryNumber,
        String claimedBy,
        Instant claimedUntil,
        Instant sentAt,
        Instant processedAt) {
}
