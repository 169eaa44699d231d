package io.koppel.posting;

/**
 * The retry settings of a configuration whose work writes to Exact (io.koppel.posting, io.koppel.customers): a
 * component property type that Declarative Services fills from that configuration's properties alongside the
 * configuration's own type, so every such configuration takes the same property names and defaults.
 */
public @interface RetryConfiguration {

    /** Transient failures are retried this many times, then the work becomes Fatal. */
    int maxAttempts() default 20;

    /** Transient failures are retried this long after the first attempt, then Fatal. */
    int maxRetryHours() default 24;

    /** The wait before the first retry; each next one waits twice as long. */
    int firstRetrySeconds() default 15;

    /** The wait between retries grows to this. */
    int maxRetryMinutes() default 60;
}
