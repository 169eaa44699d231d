package io.koppel.client;

import static io.koppel.simulator.DefaultDataSet.DIVISION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.simulator.FaultRule;
import io.koppel.simulator.FaultType;
import io.koppel.simulator.SimulatorConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Exact's 60 calls a minute, on a simulator whose clock runs 60 times faster than real time, so a simulated
 * minute passes in one real second.
 */
class RateLimitTest {
    @RegisterExtension
    final SimulatedExact exact = SimulatedExact.start(SimulatorConfig.builder().minutelyLimit(60).dailyLimit(5_000)
            .clockFactor(60).errorBlockThreshold(0).tokenCallsPerDay(Integer.MAX_VALUE).build());

    @Test
    void twoHundredCallsAgainstSixtyAMinuteEarnNo429() {
        Instant start = exact.simulator.clock().now();

        for (int i = 0; i < 200; i++) {
            exact.client.journals(exact.ctx(DIVISION));
        }

        assertEquals(0, exact.count429());
        assertEquals(200, exact.simulator.stats().byDivision().get(DIVISION));
        // the 200th call cannot be sent before the third minute window opens, at least two minutes on
        assertTrue(Duration.between(start, exact.simulator.clock().now()).compareTo(Duration.ofMinutes(2)) >= 0);
        RateBudget budget = exact.client.budget(exact.site, DIVISION).orElseThrow();
        assertEquals(60, budget.minutely().limit());
        assertEquals(4_800, budget.daily().remaining());
        assertEquals(5_000, budget.daily().limit());
    }

    @Test
    void a429ThatComesAnywayIsWaitedOutAndSentAgain() {
        exact.simulator.addFault(FaultRule.of(FaultType.RATE_LIMIT_BURST).times(2));

        exact.client.journals(exact.ctx(DIVISION));

        List<Integer> statuses = exact.exchanges.exchanges.stream().map(Exchange::httpStatus).toList();
        assertEquals(List.of(429, 429, 200), statuses);
        assertTrue(exact.exchanges.exchanges.get(0).failed());
    }

    @Test
    void endless429sGiveUpWithARateLimitError() {
        exact.simulator.addFault(FaultRule.of(FaultType.RATE_LIMIT_BURST).always());

        ExactRateLimitException e = assertThrows(ExactRateLimitException.class,
                () -> exact.client.journals(exact.ctx(DIVISION)));

        assertEquals(ExactRateLimitException.Window.MINUTELY, e.window());
        assertNotNull(e.resetAt());
        assertEquals(1 + ClientSettings.defaults().maxRateLimitRetries(), exact.exchanges.exchanges.size());
    }

    @Test
    void spentDailyLimitFailsFastWithItsReset() {
        exact.simulator.setRateLimits(DIVISION, 60, 3);
        for (int i = 0; i < 3; i++) {
            exact.client.journals(exact.ctx(DIVISION));
        }

        ExactRateLimitException e = assertThrows(ExactRateLimitException.class,
                () -> exact.client.journals(exact.ctx(DIVISION)));

        assertEquals(ExactRateLimitException.Window.DAILY, e.window());
        assertEquals(0, exact.count429());
        assertEquals(3, exact.exchanges.exchanges.size(), "the fourth call was never sent");
        assertFalse(e.resetAt().isBefore(exact.simulator.clock().now()));
    }
}
