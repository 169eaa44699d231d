package io.koppel.benchmarks;

import io.koppel.client.TimeSource;
import io.koppel.simulator.SimulatorClock;
import java.time.Duration;
import java.time.Instant;

/** The client's rate-limit waits on the simulator's clock: at factor 60 a minute's wait takes a second. */
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
        long millis = (long) Math.ceil(duration.toMillis() / clock.factor());
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
