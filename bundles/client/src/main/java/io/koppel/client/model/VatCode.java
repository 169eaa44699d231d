package io.koppel.client.model;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A VAT code of the division ({@code vat/VATCodes}). A sales entry line names it by {@link #code()}.
 *
 * @param code       trimmed (Exact pads it to three characters)
 * @param percentage the rate in percent, e.g. 21
 */
public record VatCode(UUID id, String code, String description, BigDecimal percentage, boolean blocked) {
}
