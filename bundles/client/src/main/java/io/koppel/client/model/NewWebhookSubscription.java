package io.koppel.client.model;

import java.net.URI;
import java.util.Objects;

/**
 * A webhook to subscribe. Exact posts an empty request to the callback right away and refuses the subscription
 * unless it gets a 2xx, so the callback must be reachable first.
 *
 * @param topic e.g. SalesEntries, Accounts, FinancialTransactions
 */
public record NewWebhookSubscription(URI callbackUrl, String topic, String description) {

    public NewWebhookSubscription {
        Objects.requireNonNull(callbackUrl, "callbackUrl");
        Objects.requireNonNull(topic, "topic");
    }
}
