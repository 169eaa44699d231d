package io.koppel.client.internal.ops;

import io.koppel.client.internal.wire.JsonBody;
import io.koppel.client.internal.wire.JsonRecord;
import io.koppel.client.model.NewWebhookSubscription;
import io.koppel.client.model.WebhookSubscription;
import java.util.List;

/** The app's webhook subscriptions ({@code webhooks/WebhookSubscriptions}). */
final class WebhookEndpoints {
    static final Endpoint<WebhookSubscription> SUBSCRIPTIONS = new Endpoint<>("webhooks/WebhookSubscriptions",
            List.of("ID", "CallbackURL", "Topic", "Description", "Division", "UserID", "Created"),
            WebhookEndpoints::subscription);

    private WebhookEndpoints() {
    }

    static JsonBody body(NewWebhookSubscription subscription) {
        return new JsonBody()
                .text("CallbackURL", subscription.callbackUrl().toString())
                .text("Topic", subscription.topic())
                .text("Description", subscription.description());
    }

    private static WebhookSubscription subscription(JsonRecord r) {
        return new WebhookSubscription(r.uuid("ID"), r.text("CallbackURL"), r.code("Topic"), r.text("Description"),
                r.integer("Division"), r.uuid("UserID"), r.instant("Created"));
    }
}
