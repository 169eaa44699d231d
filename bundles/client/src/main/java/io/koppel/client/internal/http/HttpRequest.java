package io.koppel.client.internal.http;

import java.net.URI;
import java.util.Map;

/**
 * One request to send. {@code body} is already serialised; {@code headers} must not be logged as a whole, they
 * carry the bearer token.
 */
public record HttpRequest(String method, URI uri, Map<String, String> headers, String body, String contentType) {

    public HttpRequest {
        headers = Map.copyOf(headers);
    }
}
