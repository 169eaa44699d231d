package io.koppel.customers.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * When a transient failure is tried again: after a wait that doubles from the first to the longest, at most
 * {@code maxAttempts} times and no longer than {@code maxRetryTime} after the first attempt.
 */
public record Retries(int maxAttempts, Duration maxRetryTime, Duration firstWait, Duration longestWait) {

    public static Retries of(CustomersConfiguration configuration) {
        return new Retries(configuration.maxAttempts(), Duration.ofHours(configuration.maxRetryHours()),
                Duration.ofSeconds(configuration.firstRetrySeconds()), Duration.ofMinutes(configuration.maxRetryMinutes()));
    }

    public boolean exhausted(int attemptsMade, Instant firstAttempt, Instant now) {
        return attemptsMade >= maxAttempts || Duration.between(firstAttempt, now).compareTo(maxRetryTime) >= 0;
    }

    public Instant nextAttempt(int attemptsMade, Instant now) {
        Duration wait = firstWait.multipliedBy(1L << Math.min(Math.max(attemptsMade - 1, 0), 20));
        return now.plus(wait.compareTo(longestWait) > 0 ? longestWait : wait);
    }
}
