package io.koppel.auth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.simulator.internal.webhooks.WebhookSigner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact's webhook HashCode, checked over the raw Content as the simulator (like Exact) signs it. */
class WebhookDeliveryTest {
    private static final String SECRET = "app-webhook-secret";
    private static final String CONTENT = "{\"Topic\":\"SalesEntries\",\"ClientId\":\"0b1c\",\"Division\":100001,"
            + "\"Action\":\"Update\",\"Key\":\"5e9f1a5c-0000-4000-8000-000000000001\","
            + "\"ExactOnlineEndpoint\":\"https://start.exactonline.be/api/v1/100001/salesentry/SalesEntries(guid'5e9f')\","
            + "\"EventCreatedOn\":\"2026-11-29T20:00:00.123\"}";

    @Test
    void acceptsWhatExactSignsWithAConfiguredSecret() {
        WebhookDelivery delivery = WebhookDelivery.verify(WebhookSigner.envelope(SECRET, CONTENT),
                List.of("another-app", SECRET)).orElseThrow();

        assertEquals("SalesEntries", delivery.topic());
        assertEquals(100001, delivery.division());
        assertEquals("Update", delivery.action());
        assertEquals(WebhookSigner.sign(SECRET, CONTENT), delivery.signature());
    }

    @Test
    void refusesForgedAlteredOrUnexpectedDeliveries() {
        String signed = WebhookSigner.envelope(SECRET, CONTENT);

        assertTrue(WebhookDelivery.verify(signed, List.of("wrong-secret")).isEmpty(), "another secret");
        assertTrue(WebhookDelivery.verify(signed, List.of()).isEmpty(), "no secret configured");
        assertTrue(WebhookDelivery.verify(signed.replace("100001,", "100002,"), List.of(SECRET)).isEmpty(), "altered");
        assertTrue(WebhookDelivery.verify(WebhookSigner.envelope(SECRET, CONTENT.replace(" ", "")).replace(
                "\"Division\":100001", "\"Division\": 100001"), List.of(SECRET)).isEmpty(), "re-serialised");
        assertTrue(WebhookDelivery.verify("{\"HashCode\":\"" + WebhookSigner.sign(SECRET, CONTENT) + "\",\"Content\":"
                + CONTENT + "}", List.of(SECRET)).isEmpty(), "not Exact's envelope");
        assertTrue(WebhookDelivery.verify(WebhookSigner.envelope(SECRET, CONTENT.replace("SalesEntries", "../x")),
                List.of(SECRET)).isEmpty(), "a topic that is no Exact topic");
    }
}
