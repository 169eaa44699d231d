package io.koppel.client;

import io.koppel.client.model.NewWebhookSubscription;
import io.koppel.client.model.WebhookSubscription;
import org.osgi.annotation.versioning.ProviderType;

/** Subscribing the division to Exact's webhooks, which Exact calls when a subscribed topic changes. */
@ProviderType
public interface ExactWebhookSubscriptions {

    WebhookSubscription createWebhookSubscription(CallContext ctx, NewWebhookSubscription subscription);
}
