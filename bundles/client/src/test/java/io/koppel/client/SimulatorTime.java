package io.koppel.client;

import io.koppel.simulator.SimulatorClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Koppel's time on the simulator's clock, which may run faster than real time: the client's rate-limit waits
 * ({@link TimeSource}; sleeping d takes d / factor real time) and, through {@link #asClock()}, the clock the other
 * bundles read, so token lifetimes and rate windows pass alike on both sides of a fast-clock test.
 */
public final class SimulatorTime implements TimeSource {
    private final SimulatorClock clock;

    public SimulatorTime(SimulatorClock clock) {
        this.clock = clock;
    }

    @Override
    public Instant now() {
        return clock.now();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        long realNanos = (long) Math.ceil(duration.toNanos() / clock.factor());
        if (realNanos > 0) {
            Thread.sleep(realNanos / 1_000_000, (int) (realNanos % 1_000_000));
        }
    }

    /** The same time as a {@link Clock} in UTC, the only zone Koppel keeps. */
    public Clock asClock() {
        return new UtcClock(clock);
    }

    /** The simulator's time as a {@link Clock} in UTC. */
    static final class UtcClock extends Clock {
        private final SimulatorClock clock;

        UtcClock(SimulatorClock clock) {
            this.clock = clock;
        }

        @Override
        public Instant instant() {
            return clock.now();
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
}
