package io.koppel.auth.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "Koppel webhook endpoint",
        description = "Where Exact's webhooks arrive: a POST of JSON signed with the app's webhook secret.")
public @interface WebhookConfiguration {
    String PID = "io.koppel.auth.webhook";

    @AttributeDefinition(name = "Largest body (bytes)",
            description = "A delivery larger than this is refused unread (Exact's events are a few hundred bytes).")
    int maxBodyBytes() default 16_384;

    @AttributeDefinition(name = "Replay memory (days)",
            description = "How long a received event is remembered, so a replay of it is ignored.")
    int replayMemoryDays() default 30;
}
