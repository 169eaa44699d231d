package io.koppel.auth.internal;

import io.koppel.auth.ExactWebhooks;
import io.koppel.store.Store;
import io.koppel.store.WebhookEventMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives Exact's webhooks: a POST of {@code application/json} no larger than configured, whose HashCode is
 * signed with the webhook secret of a registered app ({@code webhookSecret} in etc/io.koppel.auth.app-*.cfg). A
 * verified event seen for the first time, by any node, is posted on Event Admin ({@link ExactWebhooks}); a
 * replay is acknowledged and ignored. Exact's empty validation POST, sent when a subscription is made, gets a 200.
 * Nothing of the request is echoed back. The path is {@code osgi.http.whiteboard.servlet.pattern}, changeable in
 * etc/io.koppel.auth.webhook.cfg.
 */
@Component(service = Servlet.class, configurationPid = WebhookConfiguration.PID,
        property = {"osgi.http.whiteboard.servlet.pattern=/koppel/webhooks/exact",
                "osgi.http.whiteboard.servlet.name=koppel-exact-webhooks"})
@Designate(ocd = WebhookConfiguration.class)
public class ExactWebhookServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ExactWebhookServlet.class);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final transient List<ExactApp> apps = new CopyOnWriteArrayList<>();

    private final transient Store store;
    private final transient EventAdmin events;
    private final transient Clock clock = Clock.systemUTC();
    private final int maxBodyBytes;
    private final Duration replayMemory;

    @Activate
    public ExactWebhookServlet(@Reference Store store, @Reference EventAdmin events, WebhookConfiguration configuration) {
        this.store = store;
        this.events = events;
        this.maxBodyBytes = configuration.maxBodyBytes();
        this.replayMemory = Duration.ofDays(configuration.replayMemoryDays());
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            answer(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "POST only");
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBodyBytes) {
            answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "too large");
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), maxBodyBytes + 1);
        if (body.length > maxBodyBytes) {
            answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "too large");
            return;
        }
        if (body.length == 0) {
            // Exact checks a new subscription's address with an empty POST and wants a 2xx.
            answer(response, HttpServletResponse.SC_OK, "ready");
            return;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).strip().matches("application/json\\s*(;.*)?")) {
            answer(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "application/json only");
            return;
        }
        List<String> secrets = apps.stream().map(ExactApp::webhookSecret).filter(secret -> !secret.isEmpty()).toList();
        Optional<WebhookDelivery> delivery = WebhookDelivery.verify(new String(body, StandardCharsets.UTF_8), secrets);
        if (delivery.isEmpty()) {
            LOG.warn("Refused a webhook from {} that is not signed with a configured webhook secret{}",
                    request.getRemoteAddr(), secrets.isEmpty() ? " (no app has a webhookSecret)" : "");
            answer(response, HttpServletResponse.SC_FORBIDDEN, "not signed");
            return;
        }
        if (!firstDelivery(delivery.get())) {
            LOG.info("Ignored a replayed {} webhook for division {}", delivery.get().topic(), delivery.get().division());
            answer(response, HttpServletResponse.SC_OK, "seen before");
            return;
        }
        Event event = event(delivery.get());
        events.postEvent(event);
        LOG.info("Exact webhook {} {} for division {}: posted as {}", delivery.get().topic(), delivery.get().action(),
                delivery.get().division(), event.getTopic());
        answer(response, HttpServletResponse.SC_OK, "accepted");
    }

    /** Records the event; false when it was recorded before, by this node or another. */
    private boolean firstDelivery(WebhookDelivery delivery) {
        Instant now = clock.instant();
        try {
            store.execute(session -> session.mapper(WebhookEventMapper.class).insert(delivery.signature(), now));
        } catch (RuntimeException failed) {
            if (integrityViolation(failed)) {
                return false;
            }
            throw failed;
        }
        store.execute(session -> session.mapper(WebhookEventMapper.class).deleteReceivedBefore(now.minus(replayMemory)));
        return true;
    }

    private static boolean integrityViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private static Event event(WebhookDelivery delivery) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(ExactWebhooks.EXACT_TOPIC, delivery.topic());
        properties.put(ExactWebhooks.DIVISION, delivery.division());
        properties.put(ExactWebhooks.ACTION, delivery.action());
        properties.put(ExactWebhooks.KEY, delivery.key());
        properties.put(ExactWebhooks.ENDPOINT, delivery.endpoint());
        properties.put(ExactWebhooks.CREATED_ON, delivery.createdOn());
        return new Event(ExactWebhooks.TOPIC_PREFIX + delivery.topic(), properties);
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit);
    }

    private static void answer(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().println(text);
    }
}
