package io.koppel.customers.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "Koppel customer updates",
        description = "How Koppel sends billing-address changes to the Exact customers it made. Transient failures"
                + " are retried as its maxAttempts, maxRetryHours, firstRetrySeconds and maxRetryMinutes say"
                + " (io.koppel.posting.RetryConfiguration).")
public @interface CustomersConfiguration {
    String PID = "io.koppel.customers";

    @AttributeDefinition(name = "Settle time (seconds)",
            description = "How long an update waits after the change that queued it: changes of the address in"
                    + " that time join it, and Exact gets one call per division with the newest state.")
    int settleSeconds() default 30;

    @AttributeDefinition(name = "Claim (seconds)",
            description = "How long a node holds an update it sends; a node that stops loses it after this.")
    int claimSeconds() default 300;
}
