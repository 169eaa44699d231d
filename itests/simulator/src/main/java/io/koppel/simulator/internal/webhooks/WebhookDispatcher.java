package io.koppel.simulator.internal.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.koppel.simulator.AppRegistration;
import io.koppel.simulator.SimulatorClock;
import io.koppel.simulator.WebhookDelivery;
import io.koppel.simulator.internal.auth.OAuthRegistry;
import io.koppel.simulator.internal.entities.ChangeSink;
import io.koppel.simulator.internal.entities.RequestContext;
import io.koppel.simulator.internal.entities.WebhookSubscriptionsSet;
import io.koppel.simulator.internal.model.Json;
import io.koppel.simulator.internal.store.TableNames;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Sends webhook events for committed changes, one at a time and after the API call has answered, to every
 * subscription on the topic in that division. One attempt per event: Exact's retry policy is undocumented.
 */
public final class WebhookDispatcher implements ChangeSink, WebhookSubscriptionsSet.CallbackValidator {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final OAuthRegistry registry;
    private final SimulatorClock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "exact-sim-webhooks");
        t.setDaemon(true);
        return t;
    });
    private final ConcurrentLinkedQueue<WebhookDelivery> deliveries = new ConcurrentLinkedQueue<>();

    public WebhookDispatcher(OAuthRegistry registry, SimulatorClock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public String validate(String callbackUrl) {
        HttpResult result = post(callbackUrl, "");
        deliveries.add(new WebhookDelivery(clock.now(), callbackUrl, null, "Validate", "", result.status, result.error));
        if (result.status >= 200 && result.status < 300) {
            return null;
        }
        return result.status < 0 ? "an error: " + result.error : String.valueOf(result.status);
    }

    @Override
    public void changed(RequestContext ctx, String topic, String action, UUID key, String entityPath) {
        List<Map<String, Object>> subscriptions = ctx.division().table(TableNames.WEBHOOK_SUBSCRIPTIONS)
                .findAll(s -> topic.equals(s.get("Topic")));
        for (Map<String, Object> subscription : subscriptions) {
            String clientId = (String) subscription.get("_ClientId");
            AppRegistration app = registry.app(clientId);
            if (app == null) {
                continue;
            }
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("Topic", topic);
            content.put("ClientId", clientId);
            content.put("Division", ctx.division().code());
            content.put("Action", action);
            content.put("Key", key.toString());
            content.put("ExactOnlineEndpoint", ctx.entityUri(entityPath, key));
            content.put("EventCreatedOn", clock.nowUtc().toString());
            String raw;
            try {
                raw = Json.MAPPER.writeValueAsString(content);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            String body = WebhookSigner.envelope(app.webhookSecret(), raw);
            String url = (String) subscription.get("CallbackURL");
            sender.execute(() -> {
                HttpResult result = post(url, body);
                deliveries.add(new WebhookDelivery(clock.now(), url, topic, action, body, result.status, result.error));
            });
        }
    }

    private record HttpResult(int status, String error) {
    }

    private HttpResult post(String url, String body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            return new HttpResult(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new HttpResult(-1, "interrupted");
        } catch (Exception e) {
            return new HttpResult(-1, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    public List<WebhookDelivery> deliveries() {
        return new ArrayList<>(deliveries);
    }

    public void clear() {
        deliveries.clear();
    }

    public void close() {
        sender.shutdownNow();
        try {
            sender.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
