package io.koppel.client.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A document ({@code documents/Documents}): the holder of attachments.
 *
 * @param type 10 sales entry, 20 purchase entry, ...
 */
public record Document(UUID id, String subject, Integer type, UUID account, LocalDate documentDate,
                       UUID financialTransactionEntryId, Integer salesInvoiceNumber) {
}
