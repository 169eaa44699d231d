package io.koppel.posting.internal;

import io.koppel.client.model.CostCode;
import io.koppel.client.model.FinancialPeriod;
import io.koppel.client.model.GlAccount;
import io.koppel.client.model.Journal;
import io.koppel.client.model.VatCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A division's GL accounts, journals, cost codes and periods, as Koppel checks documents against them. */
record ReferenceData(Map<String, GlAccount> glAccounts, Map<String, Journal> journals, Set<String> costCenters,
        Set<String> costUnits, List<FinancialPeriod> periods, Set<String> vatCodes, Instant loadedAt) {

    static ReferenceData of(List<GlAccount> glAccounts, List<Journal> journals, List<CostCode> costCenters,
            List<CostCode> costUnits, List<FinancialPeriod> periods, List<VatCode> vatCodes, Instant loadedAt) {
        return new ReferenceData(
                glAccounts.stream().collect(Collectors.toMap(gl -> gl.code().strip(), Function.identity(), (a, b) -> a)),
                journals.stream().collect(Collectors.toMap(j -> j.code().strip(), Function.identity(), (a, b) -> a)),
                costCenters.stream().map(c -> c.code().strip()).collect(Collectors.toSet()),
                costUnits.stream().map(c -> c.code().strip()).collect(Collectors.toSet()),
                List.copyOf(periods),
                vatCodes.stream().filter(vat -> !vat.blocked()).map(vat -> vat.code().strip())
                        .collect(Collectors.toSet()), loadedAt);
    }

    Optional<GlAccount> glAccount(String code) {
        return Optional.ofNullable(glAccounts.get(code.strip()));
    }

    Optional<Journal> journal(String code) {
        return Optional.ofNullable(journals.get(code.strip()));
    }

    Optional<FinancialPeriod> periodOf(LocalDate date) {
        return periods.stream().filter(period -> period.contains(date)).findFirst();
    }
}
