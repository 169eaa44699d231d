package io.koppel.client.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An outstanding item ({@code read/financial/ReceivablesList}). Items leave the list once settled, so absence
 * means paid or matched.
 *
 * @param hid         Exact's key of the item
 * @param entryNumber the number of the sales entry the item comes from
 * @param yourRef     null for cashflow entries
 */
public record ReceivablesListItem(long hid, UUID account, String accountCode, String accountName,
                                  BigDecimal amount, BigDecimal amountInTransit, String currency,
                                  String description, LocalDate dueDate, Integer entryNumber, LocalDate invoiceDate,
                                  Integer invoiceNumber, String journalCode, String yourRef) {
}
