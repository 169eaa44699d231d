package io.koppel.client.internal.ops;

import io.koppel.client.CallContext;
import io.koppel.client.internal.wire.JsonBody;
import io.koppel.client.internal.wire.JsonRecord;
import io.koppel.client.model.NewWebhookSubscription;
import io.koppel.client.model.WebhookSubscription;
import java.util.List;

/** The app's webhook subscriptions ({@code webhooks/WebhookSubscriptions}). */
public final class WebhookOperations {
    static final Endpoint<WebhookSubscription> SUBSCRIPTIONS = new Endpoint<>("webhooks/WebhookSubscriptions",
            List.of("ID", "CallbackURL", "Topic", "Description", "Division", "UserID", "Created"),
            WebhookOperations::subscription);

    private final ODataCalls calls;

    public WebhookOperations(ODataCalls calls) {
        this.calls = calls;
    }

    public WebhookSubscription create(CallContext ctx, NewWebhookSubscription subscription) {
        JsonBody body = new JsonBody()
                .text("CallbackURL", subscription.callbackUrl().toString())
                .text("Topic", subscription.topic())
                .text("Description", subscription.description());
        return calls.create(ctx, "createWebhookSubscription", SUBSCRIPTIONS.target(ctx), body.node(),
                SUBSCRIPTIONS.reader());
    }

    static WebhookSubscription subscription(JsonRecord r) {
        return new WebhookSubscription(r.uuid("ID"), r.text("CallbackURL"), r.code("Topic"), r.text("Description"),
                r.integer("Division"), r.uuid("UserID"), r.instant("Created"));
    }
}
