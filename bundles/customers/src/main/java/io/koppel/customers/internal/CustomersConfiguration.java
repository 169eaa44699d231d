package io.koppel.customers.internal;

import io.koppel.posting.RetrySchedule;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "Koppel customer updates",
        description = "How Koppel sends billing-address changes to the Exact customers it made.")
public @interface CustomersConfiguration {
    String PID = "io.koppel.customers";

    @AttributeDefinition(name = "Settle time (seconds)",
            description = "How long an update waits after the change that queued it: changes of the address in"
                    + " that time join it, and Exact gets one call per division with the newest state.")
    int settleSeconds() default 30;

    @AttributeDefinition(name = "Claim (seconds)",
            description = "How long a node holds an update it sends; a node that stops loses it after this.")
    int claimSeconds() default 300;

    @AttributeDefinition(name = "Maximum attempts",
            description = "Transient failures are retried this many times, then the update becomes Fatal.")
    int maxAttempts() default RetrySchedule.DEFAULT_MAX_ATTEMPTS;

    @AttributeDefinition(name = "Maximum retry time (hours)",
            description = "Transient failures are retried this long after the first attempt, then Fatal.")
    int maxRetryHours() default RetrySchedule.DEFAULT_MAX_RETRY_HOURS;

    @AttributeDefinition(name = "First retry (seconds)",
            description = "The wait before the first retry; each next one waits twice as long.")
    int firstRetrySeconds() default RetrySchedule.DEFAULT_FIRST_RETRY_SECONDS;

    @AttributeDefinition(name = "Longest retry wait (minutes)", description = "The wait between retries grows to this.")
    int maxRetryMinutes() default RetrySchedule.DEFAULT_MAX_RETRY_MINUTES;
}
