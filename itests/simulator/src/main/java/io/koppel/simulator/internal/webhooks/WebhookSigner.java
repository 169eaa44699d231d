package io.koppel.simulator.internal.webhooks;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Exact's webhook signature: upper-case hex HMAC-SHA256, keyed with the app's webhook secret, over the raw
 * text of the Content object, i.e. exactly the bytes between {@code {"Content":} and {@code ,"HashCode":}.
 */
public final class WebhookSigner {
    private WebhookSigner() {
    }

    public static String sign(String secret, String rawContent) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().withUpperCase().formatHex(mac.doFinal(rawContent.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The payload Exact posts: {"Content":{...},"HashCode":"..."}. */
    public static String envelope(String secret, String rawContent) {
        return "{\"Content\":" + rawContent + ",\"HashCode\":\"" + sign(secret, rawContent) + "\"}";
    }
}
