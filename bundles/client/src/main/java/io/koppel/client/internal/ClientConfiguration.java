package io.koppel.client.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "Koppel Exact Online client",
        description = "How Koppel talks HTTP to Exact Online: timeouts and how long to wait for rate limits.")
public @interface ClientConfiguration {
    String PID = "io.koppel.client";

    @AttributeDefinition(
            name = "Connect timeout (ms)",
            description = "How long to wait for the TCP and TLS connection to Exact.")
    int connectTimeoutMillis() default 10_000;

    @AttributeDefinition(
            name = "Read timeout (ms)",
            description = "How long to wait for Exact's answer once a request is sent. A write that times out may"
                    + " still have been carried out by Exact.")
    int readTimeoutMillis() default 60_000;

    @AttributeDefinition(
            name = "Longest rate-limit wait (s)",
            description = "The longest a call waits for a spent rate-limit window of its division to reopen. A"
                    + " longer wait (a spent daily limit) fails the call with a rate-limit error instead, to be"
                    + " retried after the reset.")
    int maxRateLimitWaitSeconds() default 120;

    @AttributeDefinition(
            name = "429 retries",
            description = "How many 429 answers in a row a call waits out and sends again before it gives up.")
    int maxRateLimitRetries() default 5;

    @AttributeDefinition(
            name = "Error budget per endpoint (per hour)",
            description = "How many refusals (HTTP 4xx other than 429) one endpoint of a division may earn within an"
                    + " hour; then Koppel sends that endpoint nothing until the oldest refusal is an hour old, and"
                    + " what needs it waits, saying why and until when. Exact blocks the app for an hour after 10."
                    + " 0 turns the budget off.")
    int errorBudgetPerHour() default 5;
}
