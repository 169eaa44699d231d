package io.koppel.client;

import java.time.Duration;
import java.time.Instant;

/**
 * The client's clock for rate-limit waits. Exact's reset times are absolute, so the client needs "now" and a way
 * to pass time; tests against a simulator with a fast clock supply one that follows the simulator.
 */
public interface TimeSource {

    Instant now();

    /** Lets {@code duration} pass on this clock. */
    void sleep(Duration duration) throws InterruptedException;

    static TimeSource system() {
        return SystemTime.INSTANCE;
    }

    /** The machine's clock. */
    enum SystemTime implements TimeSource {
        INSTANCE;

        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            if (!duration.isNegative() && !duration.isZero()) {
                Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
            }
        }
    }
}
