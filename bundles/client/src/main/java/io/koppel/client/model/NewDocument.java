package io.koppel.client.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A document to create; attach files to it, then link it to a sales entry.
 *
 * @param type 10 for a sales entry's document
 */
public record NewDocument(String subject, int type, UUID account, LocalDate documentDate) {
    public static final int SALES_ENTRY = 10;

    public NewDocument {
        Objects.requireNonNull(subject, "subject");
    }

    public static NewDocument forSalesEntry(String subject, UUID customer) {
        return new NewDocument(subject, SALES_ENTRY, customer, null);
    }
}
