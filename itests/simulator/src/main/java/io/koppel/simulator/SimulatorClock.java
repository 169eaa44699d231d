package io.koppel.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The simulator's notion of "now". Every lifetime (tokens, codes, rate-limit windows, error blocks,
 * entry dates) is measured against it, so tests can jump days or weeks instead of waiting.
 *
 * <p>Simulated time = anchor + (real elapsed time since anchoring) x factor. A factor above 1 is a
 * "fast clock": with factor 60 an access token lifetime of 600 s passes in 10 real seconds.
 */
public final class SimulatorClock {
    private final Clock real;
    private Instant anchorSimulated;
    private long anchorRealNanos;
    private double factor;

    public SimulatorClock() {
        this(Instant.now(), 1.0);
    }

    public SimulatorClock(Instant start, double factor) {
        this.real = Clock.systemUTC();
        reanchor(start, factor);
    }

    /** The current simulated instant. */
    public synchronized Instant now() {
        long elapsed = System.nanoTime() - anchorRealNanos;
        long scaled = factor == 1.0 ? elapsed : (long) (elapsed * factor);
        return anchorSimulated.plusNanos(scaled);
    }

    public long millis() {
        return now().toEpochMilli();
    }

    /** The current simulated date and time in UTC, as the simulator stores and answers them. */
    public LocalDateTime nowUtc() {
        return LocalDateTime.ofInstant(now(), ZoneOffset.UTC);
    }

    /** Today's date in UTC on the simulated clock. */
    public LocalDate todayUtc() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }

    /** Jumps to the given instant; time keeps running from there at the current factor. */
    public synchronized void set(Instant instant) {
        reanchor(instant, factor);
    }

    /** Moves the clock forward (or backward, for a negative duration). */
    public synchronized void advance(Duration duration) {
        reanchor(now().plus(duration), factor);
    }

    /** Changes the speed of simulated time from now on; 1.0 is real time. */
    public synchronized void setFactor(double newFactor) {
        if (!(newFactor > 0)) {
            throw new IllegalArgumentException("factor must be > 0: " + newFactor);
        }
        reanchor(now(), newFactor);
    }

    public synchronized double factor() {
        return factor;
    }

    /** Back to the machine's wall clock at real speed. */
    public synchronized void useRealTime() {
        reanchor(real.instant(), 1.0);
    }

    private void reanchor(Instant simulated, double newFactor) {
        this.anchorSimulated = simulated;
        this.anchorRealNanos = System.nanoTime();
        this.factor = newFactor;
    }
}
