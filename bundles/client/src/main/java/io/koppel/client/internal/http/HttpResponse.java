package io.koppel.client.internal.http;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A response as received: status, headers (looked up case-insensitively) and the body text, "" when none. */
public record HttpResponse(int status, Map<String, String> headers, String body) {

    public HttpResponse {
        Map<String, String> folded = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, value) -> {
            if (name != null) {
                folded.put(name, value);
            }
        });
        headers = folded;
        body = body == null ? "" : body;
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
