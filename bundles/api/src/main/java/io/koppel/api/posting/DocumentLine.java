package io.koppel.api.posting;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One main category (hoofdrubriek) of a document: becomes one sales entry line.
 *
 * @param description the category's description
 * @param amount the total of the category's items; negative on a credit note
 * @param glAccountCode the code of the GL account the host maps the category to; must exist in Exact
 */
public record DocumentLine(String description, BigDecimal amount, String glAccountCode) {
    public DocumentLine {
        Objects.requireNonNull(amount, "amount");
    }
}
