package io.koppel.client;

import io.koppel.client.model.NewWebhookSubscription;
import io.koppel.client.model.WebhookSubscription;
import java.util.List;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/** The division's subscriptions to Exact's webhooks, which Exact calls when a subscribed topic changes. */
@ProviderType
public interface ExactWebhookSubscriptions {

    List<WebhookSubscription> webhookSubscriptions(CallContext ctx);

    WebhookSubscription createWebhookSubscription(CallContext ctx, NewWebhookSubscription subscription);

    void deleteWebhookSubscription(CallContext ctx, UUID id);
}
