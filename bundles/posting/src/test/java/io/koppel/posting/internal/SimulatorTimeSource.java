package io.koppel.posting.internal;

import io.koppel.client.TimeSource;
import io.koppel.simulator.SimulatorClock;
import java.time.Duration;
import java.time.Instant;

/** The client's waits on the simulator's clock: a rate-limit window of 60 s passes in 1 s at factor 60. */
final class SimulatorTimeSource implements TimeSource {
    private final SimulatorClock clock;

    SimulatorTimeSource(SimulatorClock clock) {
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
