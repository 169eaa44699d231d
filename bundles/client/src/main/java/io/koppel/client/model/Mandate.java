package io.koppel.client.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A SEPA direct-debit mandate ({@code cashflow/DirectDebitMandates}).
 *
 * @param type        0 core, 1 B2B, 2 bottomline (UK)
 * @param paymentType 0 one-off, 1 recurrent, 2 ad hoc (UK)
 * @param firstSend   true while the first collection has not been sent
 */
public record Mandate(UUID id, UUID account, UUID bankAccount, String reference, LocalDate signatureDate,
                      LocalDate cancellationDate, Integer type, Integer paymentType, boolean firstSend,
                      boolean main, String description) {
}
