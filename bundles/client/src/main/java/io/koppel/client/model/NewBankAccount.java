package io.koppel.client.model;

import java.util.Objects;
import java.util.UUID;

/** A bank account to add to an account; {@code bic}, {@code holderName}, {@code main}, {@code description} optional. */
public record NewBankAccount(UUID account, String number, String bic, String holderName, Boolean main,
                             String description) {

    public NewBankAccount {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(number, "number");
    }
}
