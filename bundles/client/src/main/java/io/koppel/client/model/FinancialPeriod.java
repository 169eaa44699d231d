package io.koppel.client.model;

import java.time.LocalDate;
import java.util.UUID;

/** A financial period ({@code financial/FinancialPeriods}): maps an entry date to reporting year and period. */
public record FinancialPeriod(UUID id, int year, int period, LocalDate startDate, LocalDate endDate) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }
}
