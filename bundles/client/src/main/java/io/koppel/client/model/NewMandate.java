package io.koppel.client.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A mandate to register; the account and its bank account must exist. Null optional fields are left to Exact.
 *
 * @param bankAccount the id of the account's bank account in Exact
 */
public record NewMandate(UUID account, UUID bankAccount, String reference, LocalDate signatureDate, Integer type,
                         Integer paymentType, Boolean firstSend, Boolean main, String description) {

    public NewMandate {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(bankAccount, "bankAccount");
        Objects.requireNonNull(reference, "reference");
    }
}
