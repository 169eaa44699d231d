package io.koppel.client;

import static io.koppel.simulator.DefaultDataSet.COSTCENTER_PRIMARY;
import static io.koppel.simulator.DefaultDataSet.COSTUNIT_MEALS;
import static io.koppel.simulator.DefaultDataSet.DIVISION;
import static io.koppel.simulator.DefaultDataSet.DIVISION_2;
import static io.koppel.simulator.DefaultDataSet.GL_REVENUE;
import static io.koppel.simulator.DefaultDataSet.GL_REVENUE_BLOCKED;
import static io.koppel.simulator.DefaultDataSet.GL_REVENUE_TRIPS;
import static io.koppel.simulator.DefaultDataSet.JOURNAL_SALES;
import static io.koppel.simulator.DefaultDataSet.USER_ID;
import static io.koppel.simulator.DefaultDataSet.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.client.model.CostCode;
import io.koppel.client.model.CostCodeUse;
import io.koppel.client.model.Division;
import io.koppel.client.model.FinancialPeriod;
import io.koppel.client.model.GlAccount;
import io.koppel.client.model.Journal;
import io.koppel.client.model.Me;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The user, divisions and reference data, read over HTTP from the simulator's default data set. */
class ReferenceDataTest {
    @RegisterExtension
    static final SimulatedExact exact = SimulatedExact.unlimited();

    @Test
    void me() {
        Me me = exact.client.me(exact.ctx(0));

        assertEquals(USER_ID, me.userId());
        assertEquals(DIVISION, me.currentDivision());
        assertTrue(exact.exchanges.exchanges.stream().anyMatch(e -> e.path().startsWith("/api/v1/current/Me?$select=")));
    }

    @Test
    void divisions() {
        List<Division> divisions = exact.client.divisions(exact.ctx(DIVISION));

        assertEquals(List.of(DIVISION, DIVISION_2), divisions.stream().map(Division::code).sorted().toList());
        assertTrue(divisions.stream().anyMatch(Division::current));
    }

    @Test
    void glAccountsWithTheirCostCodeRules() {
        Map<String, GlAccount> byCode = byCode(exact.client.glAccounts(exact.ctx(DIVISION)), GlAccount::code);

        GlAccount revenue = byCode.get(GL_REVENUE);
        assertEquals(id(DIVISION, "GLAccount", GL_REVENUE), revenue.id());
        assertEquals(110, revenue.type());
        assertFalse(revenue.blocked());
        assertEquals(CostCodeUse.MANDATORY, byCode.get(GL_REVENUE_TRIPS).costCenterUse());
        assertTrue(byCode.get(GL_REVENUE_BLOCKED).blocked());
    }

    @Test
    void journals() {
        Journal sales = byCode(exact.client.journals(exact.ctx(DIVISION)), Journal::code).get(JOURNAL_SALES);

        assertEquals(20, sales.type());
        assertNotNull(sales.glAccount());
    }

    @Test
    void costCentersAndUnits() {
        assertTrue(byCode(exact.client.costCenters(exact.ctx(DIVISION)), CostCode::code)
                .containsKey(COSTCENTER_PRIMARY));
        assertTrue(byCode(exact.client.costUnits(exact.ctx(DIVISION)), CostCode::code).containsKey(COSTUNIT_MEALS));
    }

    @Test
    void financialPeriodsCoverToday() {
        List<FinancialPeriod> periods = exact.client.financialPeriods(exact.ctx(DIVISION));
        java.time.LocalDate today = exact.simulator.clock().todayUtc();

        assertTrue(periods.stream().anyMatch(p -> p.contains(today)), "a period contains " + today);
        assertTrue(periods.stream().allMatch(p -> p.period() >= 1 && p.startDate() != null));
    }

    @Test
    void everyReadSelectsItsFields() {
        exact.exchanges.clear();
        exact.client.journals(exact.ctx(DIVISION));

        assertTrue(exact.exchanges.exchanges.stream().allMatch(e -> e.path().contains("$select=")));
    }

    private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
        return items.stream().collect(Collectors.toMap(code, Function.identity()));
    }
}
