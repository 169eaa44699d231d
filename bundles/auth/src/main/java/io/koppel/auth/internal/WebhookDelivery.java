package io.koppel.auth.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One webhook delivery from Exact, checked as Exact signs it: {@code {"Content":{...},"HashCode":"<64 hex>"}}, the
 * HashCode being the upper-case hex HMAC-SHA256 of the raw bytes of the Content object, keyed with the app's
 * webhook secret. The raw text is hashed, never a re-serialisation.
 *
 * @param signature Exact's HashCode, which names the event against replays
 */
record WebhookDelivery(String signature, String topic, int division, String action, String key, String endpoint,
        String createdOn) {
    private static final Pattern ENVELOPE = Pattern.compile("^\\{\"Content\":(\\{.*\\}),\"HashCode\":\"([0-9A-Fa-f]{64})\"\\}$",
            Pattern.DOTALL);
    private static final Pattern TOPIC = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @return the delivery if its HashCode matches the content under one of the secrets and the content is what
     *     Exact sends; empty for anything else (forged, altered, malformed)
     */
    static Optional<WebhookDelivery> verify(String body, Collection<String> secrets) {
        Matcher envelope = ENVELOPE.matcher(body.strip());
        if (!envelope.matches()) {
            return Optional.empty();
        }
        String content = envelope.group(1);
        byte[] claimed = HexFormat.of().parseHex(envelope.group(2));
        boolean signed = secrets.stream().filter(secret -> secret != null && !secret.isEmpty())
                .anyMatch(secret -> MessageDigest.isEqual(claimed, hmac(secret, content)));
        if (!signed) {
            return Optional.empty();
        }
        try {
            JsonNode fields = JSON.readTree(content);
            String topic = fields.path("Topic").asText("");
            JsonNode division = fields.path("Division");
            if (!TOPIC.matcher(topic).matches() || !division.canConvertToInt() || division.asInt() <= 0) {
                return Optional.empty();
            }
            return Optional.of(new WebhookDelivery(envelope.group(2).toUpperCase(java.util.Locale.ROOT), topic,
                    division.asInt(), fields.path("Action").asText(""), fields.path("Key").asText(""),
                    fields.path("ExactOnlineEndpoint").asText(""), fields.path("EventCreatedOn").asText("")));
        } catch (java.io.IOException malformed) {
            return Optional.empty();
        }
    }

    private static byte[] hmac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
