package io.koppel.client.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A sales invoice or credit note as booked in Exact ({@code salesentry/SalesEntries}).
 *
 * @param entryNumber   for sales entries this is the invoice number Exact assigned; read it back, Exact may
 *                      ignore a suggested one
 * @param journal       the journal code
 * @param yourRef       the host's own invoice number: Koppel's key to find an entry again
 * @param amountDC      total in the division's currency, VAT included
 * @param type          20 sales entry, 21 sales credit note
 * @param status        20 open, 50 processed
 * @param lines         the lines, or empty when the call did not load them
 */
public record SalesEntry(UUID entryId, Integer entryNumber, Integer invoiceNumber, UUID customer, String journal,
                         LocalDate entryDate, LocalDate dueDate, Integer reportingYear, Integer reportingPeriod,
                         String yourRef, String description, String paymentReference, String paymentCondition,
                         String currency, BigDecimal amountDC, BigDecimal amountFC, BigDecimal vatAmountFC,
                         UUID document, Integer type, Integer status, Instant modified, List<SalesEntryLine> lines) {

    public SalesEntry {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
