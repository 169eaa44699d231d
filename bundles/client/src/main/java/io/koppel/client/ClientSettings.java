package io.koppel.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client talks to Exact. In Karaf these come from the configuration PID {@code io.koppel.client}; outside
 * it (tests, benchmarks) from the caller that builds the client.
 *
 * @param connectTimeout      how long to wait for a TCP and TLS connection
 * @param readTimeout         how long to wait for Exact's answer once the request is sent
 * @param maxRateLimitWait    the longest the client waits for a rate-limit window to reopen before it throws
 *                            {@link ExactRateLimitException} instead (a spent daily limit usually exceeds it)
 * @param maxRateLimitRetries how many 429 answers in a row one call waits out before it gives up
 * @param time                the clock rate-limit waits are measured on
 * @param errorBudgetPerHour  how many refusals (4xx other than 429) one endpoint of a division may earn within
 *                            an hour before the client stops calling it until the oldest is an hour old; Exact
 *                            blocks the app for an hour after 10; 0 turns the budget off
 */
public record ClientSettings(Duration connectTimeout, Duration readTimeout, Duration maxRateLimitWait,
                             int maxRateLimitRetries, TimeSource time, int errorBudgetPerHour) {
    /** Well below Exact's 10, so a refusal Koppel did not foresee leaves room for the clerk's next attempts. */
    public static final int DEFAULT_ERROR_BUDGET = 5;

    public ClientSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(maxRateLimitWait, "maxRateLimitWait");
        Objects.requireNonNull(time, "time");
        if (maxRateLimitRetries < 0) {
            throw new IllegalArgumentException("maxRateLimitRetries must be >= 0");
        }
        if (errorBudgetPerHour < 0) {
            throw new IllegalArgumentException("errorBudgetPerHour must be >= 0");
        }
    }

    public ClientSettings(Duration connectTimeout, Duration readTimeout, Duration maxRateLimitWait,
            int maxRateLimitRetries, TimeSource time) {
        this(connectTimeout, readTimeout, maxRateLimitWait, maxRateLimitRetries, time, DEFAULT_ERROR_BUDGET);
    }

    public static ClientSettings defaults() {
        return new ClientSettings(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(120), 5,
                TimeSource.system());
    }

    public ClientSettings withConnectTimeout(Duration timeout) {
        return new ClientSettings(timeout, readTimeout, maxRateLimitWait, maxRateLimitRetries, time,
                errorBudgetPerHour);
    }

    public ClientSettings withReadTimeout(Duration timeout) {
        return new ClientSettings(connectTimeout, timeout, maxRateLimitWait, maxRateLimitRetries, time,
                errorBudgetPerHour);
    }

    public ClientSettings withMaxRateLimitWait(Duration wait) {
        return new ClientSettings(connectTimeout, readTimeout, wait, maxRateLimitRetries, time,
                errorBudgetPerHour);
    }

    public ClientSettings withMaxRateLimitRetries(int retries) {
        return new ClientSettings(connectTimeout, readTimeout, maxRateLimitWait, retries, time, errorBudgetPerHour);
    }

    public ClientSettings withErrorBudgetPerHour(int budget) {
        return new ClientSettings(connectTimeout, readTimeout, maxRateLimitWait, maxRateLimitRetries, time, budget);
    }

    public ClientSettings withTime(TimeSource source) {
        return new ClientSettings(connectTimeout, readTimeout, maxRateLimitWait, maxRateLimitRetries, source,
                errorBudgetPerHour);
    }
}
