package io.koppel.client.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A payment term ({@code sync/Cashflow/PaymentTerms}): one part of what a customer owes on an entry. A partial
 * payment splits a term, so an entry may have several; what is outstanding is the sum of the terms not matched.
 *
 * @param timestamp          the rowversion: rises with every change, unrelated to time; the sync cursor
 * @param amountDiscountDC   the part written off or given as discount when the term is matched
 * @param status             20 open, 30 selected for collection, 40 collection sent, 50 matched
 * @param lineType           20 receipt (what a customer pays), 22 payment (what the division pays)
 * @param transactionEntryId the EntryID of the sales entry the term belongs to
 * @param lastPaymentDate    the date of the last receipt matched, at UTC midnight
 */
public record PaymentTerm(long timestamp, UUID id, UUID account, String accountCode, BigDecimal amountDC,
                          BigDecimal amountDiscountDC, Integer status, Integer lineType, UUID transactionEntryId,
                          Integer entryNumber, Integer invoiceNumber, String yourRef, String paymentReference,
                          String journal, boolean fullyPaid, LocalDate lastPaymentDate, LocalDate dueDate,
                          Instant modified) {

    public static final int OPEN = 20;
    public static final int MATCHED = 50;
    public static final int RECEIPT = 20;

    /** Matched: paid, written off or given as discount. Selected or sent for collection is not paid. */
    public boolean matched() {
        return status != null && status == MATCHED;
    }

    public boolean receipt() {
        return lineType == null || lineType == RECEIPT;
    }
}
