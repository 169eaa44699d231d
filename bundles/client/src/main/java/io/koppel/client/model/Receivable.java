package io.koppel.client.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A receivable ({@code cashflow/Receivables}, or {@code bulk/Cashflow/Receivables} in pages of 1,000).
 *
 * @param status             20 open, 30 selected for collection, 40 processed, 50 matched
 * @param transactionEntryId the sales entry's EntryID
 * @param paymentMethod      B on credit, I collection (direct debit), K cash, V ...
 * @param endDate            since when it is no longer an outstanding item
 */
public record Receivable(UUID id, UUID account, String accountCode, BigDecimal amountDC, BigDecimal amountFC,
                         BigDecimal transactionAmountDC, BigDecimal transactionAmountFC, String currency,
                         String description, LocalDate dueDate, LocalDate entryDate, Integer entryNumber,
                         Integer invoiceNumber, boolean fullyPaid, LocalDate lastPaymentDate, String paymentMethod,
                         String paymentReference, Integer status, UUID transactionEntryId, UUID transactionId,
                         String journal, String yourRef, LocalDate endDate, UUID directDebitMandate,
                         Instant modified) {
}
