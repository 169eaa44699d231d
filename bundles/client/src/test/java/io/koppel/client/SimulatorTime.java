package io.koppel.client;

import io.koppel.simulator.ExactSimulator;
import java.time.Duration;
import java.time.Instant;

/** The simulator's clock, which may run faster than real time: sleeping d on it takes d / factor real time. */
public final class SimulatorTime implements TimeSource {
    private final ExactSimulator simulator;

    public SimulatorTime(ExactSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public Instant now() {
        return simulator.clock().now();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        long realNanos = (long) Math.ceil(duration.toNanos() / simulator.clock().factor());
        if (realNanos > 0) {
            Thread.sleep(realNanos / 1_000_000, (int) (realNanos % 1_000_000));
        }
    }
}
