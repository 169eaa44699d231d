package io.koppel.store;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A document with an Exact entry next to what Koppel's copy of the entry's payment terms says (receipt terms,
 * deleted ones left out). Amounts of the terms are Exact's (negative for a credit note).
 *
 * @param documentType       INVOICE or CREDIT_NOTE
 * @param amount             the document's total as the host printed it
 * @param termCount          how many terms the entry has
 * @param entryCount         how many entries in Exact the terms belong to: more than one only when a migrated
 *                           document's entry number is found on several entries
 * @param minEntryNumber     the lowest entry number on the terms; differs from the highest when they disagree
 * @param outstanding        the sum of the terms not matched (open, selected or sent for collection)
 * @param writtenOff         the sum written off or given as discount on matched terms
 */
public record EntryBalanceRow(
        String documentNumber,
        String hostInvoiceId,
        String hostEntity,
        String origin,
        String documentType,
        String exactEntryId,
        Integer exactEntryNumber,
        String ogm,
        BigDecimal amount,
        String handling,
        String settledKind,
        BigDecimal settledOutstanding,
        int termCount,
        int entryCount,
        Integer minEntryNumber,
        Integer maxEntryNumber,
        String yourRef,
        String paymentReference,
        BigDecimal outstanding,
        BigDecimal writtenOff,
        LocalDate lastPaymentDate) {
}
