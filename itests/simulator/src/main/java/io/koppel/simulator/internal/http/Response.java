package io.koppel.simulator.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An answer to send: status, headers and body (empty for 204 and the like). */
public final class Response {
    public static final String JSON = "application/json; charset=utf-8";

    private final int status;
    private final byte[] body;
    private final String contentType;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public Response(int status, byte[] body, String contentType) {
        this.status = status;
        this.body = body == null ? new byte[0] : body;
        this.contentType = contentType;
    }

    public static Response json(int status, byte[] body) {
        return new Response(status, body, JSON);
    }

    public static Response json(int status, String body) {
        return json(status, body.getBytes(StandardCharsets.UTF_8));
    }

    public static Response empty(int status) {
        return new Response(status, null, null);
    }

    public static Response text(int status, String contentType, String body) {
        return new Response(status, body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    public Response header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Response headers(Map<String, String> more) {
        headers.putAll(more);
        return this;
    }

    public int status() {
        return status;
    }

    public byte[] body() {
        return body;
    }

    public String contentType() {
        return contentType;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
