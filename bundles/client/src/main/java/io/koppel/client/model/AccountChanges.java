package io.koppel.client.model;

import java.util.Objects;

/** Changes to an existing account: only the non-null fields are sent. */
public record AccountChanges(AccountFields fields) {

    public AccountChanges {
        Objects.requireNonNull(fields, "fields");
    }
}
