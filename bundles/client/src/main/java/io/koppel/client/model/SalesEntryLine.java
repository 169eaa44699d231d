package io.koppel.client.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A line of a sales entry ({@code salesentry/SalesEntryLines}); amounts exclude VAT. */
public record SalesEntryLine(UUID id, UUID entryId, Integer lineNumber, UUID glAccount, String glAccountCode,
                             String description, BigDecimal amountFC, BigDecimal amountDC, String vatCode,
                             BigDecimal vatAmountFC, BigDecimal vatPercentage, String costCenter, String costUnit,
                             BigDecimal quantity, LocalDate from, LocalDate to) {
}
