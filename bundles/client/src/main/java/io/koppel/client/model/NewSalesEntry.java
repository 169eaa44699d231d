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
 */
public record NewSalesEntry(UUID customer, String journal, LocalDate entryDate, LocalDate dueDate,
                            Integer reportingYear, Integer reportingPeriod, String yourRef, String description,
                            String paymentReference, String paymentCondition, String currency, UUID document,
                            List<NewSalesEntryLine> lines) {

    public NewSalesEntry {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(journal, "journal");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a sales entry needs at least one line");
        }
    }
}
