package io.koppel.api.posting;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A valid SEPA direct-debit mandate of the host for a billing address. Sent to Exact only when the customer is
 * created, as Exact's bank account and direct-debit mandate.
 *
 * @param reference the mandate reference, unique in the division
 * @param iban the account to collect from
 * @param bic the bank's BIC
 * @param signatureDate when the debtor signed
 */
public record Mandate(String reference, String iban, String bic, LocalDate signatureDate) {
    public Mandate {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(iban, "iban");
        Objects.requireNonNull(bic, "bic");
        Objects.requireNonNull(signatureDate, "signatureDate");
    }
}
