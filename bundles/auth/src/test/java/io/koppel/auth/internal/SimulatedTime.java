package io.koppel.auth.internal;

import io.koppel.client.SimulatorTime;
import io.koppel.simulator.SimulatorClock;

/**
 * Koppel's clock on the simulator's, so token lifetimes pass alike on both sides of a fast-clock test. The auth
 * tests use {@link SimulatorTime#asClock()}; this name stays for the posting tests and the benchmarks.
 */
public final class SimulatedTime extends SimulatorTime.UtcClock {

    public SimulatedTime(SimulatorClock simulator) {
        super(simulator);
    }
}
