package io.koppel.client;

import static io.koppel.simulator.DefaultDataSet.DIVISION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import io.koppel.client.model.NewWebhookSubscription;
import io.koppel.client.model.WebhookSubscription;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Subscribing, listing and unsubscribing; the callback answers the simulator's validation POST. */
class WebhookSubscriptionsTest {
    @RegisterExtension
    static final SimulatedExact exact = SimulatedExact.unlimited();
    private static HttpServer callback;

    @BeforeAll
    static void start() throws IOException {
        callback = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        callback.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        callback.start();
    }

    @AfterAll
    static void stop() {
        callback.stop(0);
    }

    @Test
    void subscribeStoresTheCallback() {
        URI url = URI.create("http://127.0.0.1:" + callback.getAddress().getPort() + "/koppel/webhooks");

        WebhookSubscription created = exact.client.createWebhookSubscription(exact.ctx(DIVISION),
                new NewWebhookSubscription(url, "SalesEntries", "Koppel"));

        assertEquals(url.toString(), created.callbackUrl());
        assertEquals("SalesEntries", created.topic());
        assertEquals(List.of(url.toString()), exact.simulator.rows(DIVISION, "webhooks/WebhookSubscriptions",
                Map.of("ID", created.id().toString())).stream().map(row -> row.get("CallbackURL")).toList());
    }
}
