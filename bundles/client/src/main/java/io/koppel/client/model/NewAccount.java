package io.koppel.client.model;

import java.util.Objects;

/** An account to create; Exact requires a name. */
public record NewAccount(AccountFields fields) {

    public NewAccount {
        Objects.requireNonNull(fields, "fields");
        if (fields.name() == null || fields.name().isBlank()) {
            throw new IllegalArgumentException("an account needs a name");
        }
    }
}
