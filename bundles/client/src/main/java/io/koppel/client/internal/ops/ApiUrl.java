package io.koppel.client.internal.ops;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Builds API addresses: {@code {site}/api/v1/{division}/{service}/{Entity}[(key)]?$select=..&$filter=..}.
 * Query values are percent-encoded here, once, so a quote or ampersand inside a literal cannot end it.
 */
public final class ApiUrl {
    private final URI site;
    private final String path;
    private final Map<String, String> query = new LinkedHashMap<>();

    private ApiUrl(URI site, String path) {
        this.site = site;
        this.path = path;
    }

    public static ApiUrl entity(URI site, int division, String entityPath) {
        return new ApiUrl(site, "/api/v1/" + division + "/" + entityPath);
    }

    public static ApiUrl entity(URI site, int division, String entityPath, UUID key) {
        return new ApiUrl(site, "/api/v1/" + division + "/" + entityPath + "(guid'" + key + "')");
    }

    /** {@code current/Me}: the one endpoint without a division. */
    public static ApiUrl me(URI site) {
        return new ApiUrl(site, "/api/v1/current/Me");
    }

    public ApiUrl param(String name, String value) {
        if (value != null && !value.isEmpty()) {
            query.put(name, value);
        }
        return this;
    }

    public URI toUri() {
        StringBuilder uri = new StringBuilder(base(site)).append(path);
        char separator = '?';
        for (Map.Entry<String, String> entry : query.entrySet()) {
            uri.append(separator).append(entry.getKey()).append('=').append(encode(entry.getValue()));
            separator = '&';
        }
        return URI.create(uri.toString());
    }

    private static String base(URI site) {
        String text = site.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    /** Percent-encodes all but unreserved characters and the few OData punctuation marks that are safe. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~'(),:/*$@!".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
