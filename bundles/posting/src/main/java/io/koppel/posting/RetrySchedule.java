package io.koppel.posting;

import java.time.Duration;
import java.time.Instant;

/**
 * When a transient failure of a write to Exact is tried again, for postings and the other work of a division
 * alike: after a wait that doubles from the first to the longest, at most {@code maxAttempts} times and no longer
 * than {@code maxRetryTime} after the first attempt. The defaults are those of every Koppel configuration that
 * sets them.
 */
public record RetrySchedule(int maxAttempts, Duration maxRetryTime, Duration firstWait, Duration longestWait) {
    public static final int DEFAULT_MAX_ATTEMPTS = 20;
    public static final int DEFAULT_MAX_RETRY_HOURS = 24;
    public static final int DEFAULT_FIRST_RETRY_SECONDS = 15;
    public static final int DEFAULT_MAX_RETRY_MINUTES = 60;

    /** The schedule as a configuration states it. */
    public static RetrySchedule of(int maxAttempts, int maxRetryHours, int firstRetrySeconds, int maxRetryMinutes) {
        return new RetrySchedule(maxAttempts, Duration.ofHours(maxRetryHours), Duration.ofSeconds(firstRetrySeconds),
                Duration.ofMinutes(maxRetryMinutes));
    }

    /** Whether the attempt that just failed was the last one allowed. */
    public boolean exhausted(int attemptsMade, Instant firstAttempt, Instant now) {
        return attemptsMade >= maxAttempts || Duration.between(firstAttempt, now).compareTo(maxRetryTime) >= 0;
    }

    /** When to try again after the given number of failed attempts. */
    public Instant nextAttempt(int attemptsMade, Instant now) {
        Duration wait = firstWait.multipliedBy(1L << Math.min(Math.max(attemptsMade - 1, 0), 20));
        return now.plus(wait.compareTo(longestWait) > 0 ? longestWait : wait);
    }
}
