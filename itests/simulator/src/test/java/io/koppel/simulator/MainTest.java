package io.koppel.simulator;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class MainTest {
    @Test
    void defaultsForStandaloneUse() {
        SimulatorConfig config = Main.parse(new String[0]);
        assertEquals(8090, config.port());
        assertEquals(60, config.minutelyLimit());
        assertEquals(5000, config.dailyLimit());
        assertTrue(config.rateLimitsEnabled());
        assertEquals(SeedMode.DEFAULT, config.seed());
    }

    @Test
    void options() {
        SimulatorConfig config = Main.parse(new String[]{"--port", "9999", "--rate-limit-minutely", "100",
                "--rate-limit-daily", "9000", "--seed", "none"});
        assertEquals(9999, config.port());
        assertEquals(100, config.minutelyLimit());
        assertEquals(9000, config.dailyLimit());
        assertEquals(SeedMode.NONE, config.seed());
        assertFalse(Main.parse(new String[]{"--no-limits"}).rateLimitsEnabled());
        assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[]{"--bogus"}));
    }
}
