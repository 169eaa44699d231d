package io.koppel.posting;

import java.time.Duration;
import java.time.Instant;

/**
 * When a transient failure of a write to Exact is tried again, for postings and the other work of a division
 * alike: after a wait that doubles from the first to the longest, at most {@code maxAttempts} times and no longer
 * than {@code maxRetryTime} after the first attempt.
 */
public record RetrySchedule(int maxAttempts, Duration maxRetryTime, Duration firstWait, Duration longestWait) {

    /** The schedule as a configuration states it. */
    public static RetrySchedule of(RetryConfiguration configuration) {
        return new RetrySchedule(configuration.maxAttempts(), Duration.ofHours(configuration.maxRetryHours()),
                Duration.ofSeconds(configuration.firstRetrySeconds()),
                Duration.ofMinutes(configuration.maxRetryMinutes()));
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
