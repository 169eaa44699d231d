package io.koppel.client.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A line of a new sales entry. Optional fields may be null.
 *
 * @param glAccount  the id of a revenue GL account
 * @param amountFC   the amount excluding VAT, negative on a credit note
 * @param vatCode    Exact's VAT code; the GL account's default when null
 * @param costCenter a cost center code, not its id
 * @param costUnit   a cost unit code, not its id
 */
public record NewSalesEntryLine(UUID glAccount, BigDecimal amountFC, String description, String vatCode,
                                BigDecimal vatAmountFC, BigDecimal vatPercentage, String costCenter,
                                String costUnit, BigDecimal quantity, String notes, LocalDate from, LocalDate to) {

    public NewSalesEntryLine {
        Objects.requireNonNull(glAccount, "glAccount");
        Objects.requireNonNull(amountFC, "amountFC");
    }

    /** A line with just an account, an amount and a description. */
    public static NewSalesEntryLine of(UUID glAccount, BigDecimal amountFC, String description) {
        return new NewSalesEntryLine(glAccount, amountFC, description, null, null, null, null, null, null, null,
                null, null);
    }
}
