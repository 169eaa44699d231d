package io.koppel.auth.internal;

import io.koppel.simulator.SimulatorClock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Koppel's clock on the simulator's, so token lifetimes pass alike on both sides of a fast-clock test. */
public final class SimulatedTime extends Clock {
    private final SimulatorClock simulator;

    public SimulatedTime(SimulatorClock simulator) {
        this.simulator = simulator;
    }

    @Override
    public Instant instant() {
        return simulator.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("Koppel keeps UTC");
    }
}
