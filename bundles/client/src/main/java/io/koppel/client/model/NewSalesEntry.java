package io.koppel.client.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A sales entry to book, with its lines (Exact takes lines only with the POST of the entry). Optional fields may
 * be null. A credit note is an entry with negative line amounts.
 *
 * @param journal the journal code (e.g. "70"), not its id
 * @param yourRef the host's invoice number; look it up with {@code findSalesEntries} before posting again
 * @param type    20 for an invoice, 21 for a credit note: Exact documents Type as read-only, so the caller checks it
 *                in the answer; null leaves it out
 */
public record NewSalesEntry(UUID customer, String journal, LocalDate entryDate, LocalDate dueDate,
                            Integer reportingYear, Integer reportingPeriod, String yourRef, String description,
                            String paymentReference, String paymentCondition, String currency, UUID document,
                            List<NewSalesEntryLine> lines, Integer type) {
    /** Exact's entry type: 20 sales entry (invoice), 21 sales credit note. */
    public static final int INVOICE = 20;
    public static final int CREDIT_NOTE = 21;

    /** An entry whose type Exact derives from its amounts. */
    public NewSalesEntry(UUID customer, String journal, LocalDate entryDate, LocalDate dueDate,
            Integer reportingYear, Integer reportingPeriod, String yourRef, String description,
            String paymentReference, String paymentCondition, String currency, UUID document,
            List<NewSalesEntryLine> lines) {
        this(customer, journal, entryDate, dueDate, reportingYear, reportingPeriod, yourRef, description,
                paymentReference, paymentCondition, currency, document, lines, null);
    }

    public NewSalesEntry {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(journal, "journal");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a sales entry needs at least one line");
        }
    }
}
