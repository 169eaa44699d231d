package io.koppel.simulator.internal.sales;

import io.koppel.simulator.internal.store.DivisionData;
import io.koppel.simulator.internal.store.TableNames;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** Maps an entry date to its financial period through financial/FinancialPeriods, as Exact does. */
public final class PeriodLookup {
    private PeriodLookup() {
    }

    /** The period containing the date, or null when no financial year covers it ("Verplicht: Boekjaar"). */
    public static Period forDate(DivisionData d, LocalDateTime date) {
        LocalDate day = date.toLocalDate();
        for (Map<String, Object> row : d.table(TableNames.FINANCIAL_PERIODS).all()) {
            LocalDate start = ((LocalDateTime) row.get("StartDate")).toLocalDate();
            LocalDate end = ((LocalDateTime) row.get("EndDate")).toLocalDate();
            if (!day.isBefore(start) && !day.isAfter(end)) {
                return new Period(((Number) row.get("FinYear")).intValue(), ((Number) row.get("FinPeriod")).intValue());
            }
        }
        return null;
    }

    public static boolean exists(DivisionData d, int year, int period) {
        return d.table(TableNames.FINANCIAL_PERIODS).findFirst(r -> ((Number) r.get("FinYear")).intValue() == year
                && ((Number) r.get("FinPeriod")).intValue() == period).isPresent();
    }
}
