package io.koppel.client.model;

import java.time.Instant;
import java.util.UUID;

/** A webhook subscription of the app ({@code webhooks/WebhookSubscriptions}). */
public record WebhookSubscription(UUID id, String callbackUrl, String topic, String description, Integer division,
                                  UUID userId, Instant created) {
}
