package io.koppel.client.model;

import java.util.UUID;

/**
 * Which sales entries to find: every non-null field must match exactly. At least one must be set.
 *
 * @param journal a journal code
 */
public record SalesEntryQuery(String yourRef, String description, UUID customer, String journal) {

    public SalesEntryQuery {
        if (yourRef == null && description == null && customer == null && journal == null) {
            throw new IllegalArgumentException("a sales entry query needs at least one criterion");
        }
    }

    public static SalesEntryQuery byYourRef(String yourRef) {
        return new SalesEntryQuery(yourRef, null, null, null);
    }

    public SalesEntryQuery inJournal(String journalCode) {
        return new SalesEntryQuery(yourRef, description, customer, journalCode);
    }

    public SalesEntryQuery forCustomer(UUID account) {
        return new SalesEntryQuery(yourRef, description, account, journal);
    }
}
