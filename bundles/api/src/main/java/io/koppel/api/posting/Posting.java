package io.koppel.api.posting;

import io.koppel.api.Reason;
import io.koppel.api.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * A row of the postings overview: one document on its way to Exact.
 *
 * @param documentNumber the host's document number
 * @param hostInvoiceId the host's invoice id
 * @param hostEntity the school or location
 * @param name the person's name
 * @param title the salutation title and name
 * @param type invoice or credit note, as posted
 * @param amount the document's total
 * @param ogm the structured communication
 * @param status where it stands
 * @param reason why it failed, or why it is still in progress
 * @param exactEntryNumber Exact's entry number (boekstuknummer), once posted
 * @param attempts how many times Koppel tried to post it
 * @param sentAt when the host handed it to Koppel
 * @param processedAt when Exact last answered about it
 */
public record Posting(
        String documentNumber,
        String hostInvoiceId,
        String hostEntity,
        String name,
        String title,
        DocumentType type,
        BigDecimal amount,
        String ogm,
        Status status,
        Optional<Reason> reason,
        Optional<Integer> exactEntryNumber,
        int attempts,
        Instant sentAt,
        Optional<Instant> processedAt) {
}
