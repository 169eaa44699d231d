package io.koppel.simulator.internal.http;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The parts of an incoming request the handlers need, read once. */
public final class Request {
    private final HttpExchange exchange;
    private final String method;
    private final String path;
    private final String rawQuery;
    private final Map<String, String> query;
    private byte[] body;

    public Request(HttpExchange exchange) {
        this.exchange = exchange;
        this.method = exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
        this.path = exchange.getRequestURI().getPath();
        this.rawQuery = exchange.getRequestURI().getRawQuery();
        this.query = Forms.parse(rawQuery);
    }

    public HttpExchange exchange() {
        return exchange;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** The query string exactly as sent (still percent-encoded), or null. */
    public String rawQuery() {
        return rawQuery;
    }

    public Map<String, String> query() {
        return Collections.unmodifiableMap(query);
    }

    /** The decoded query string, for the call log. */
    public String decodedQuery() {
        if (query.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        query.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "&").append(k).append('=').append(v));
        return sb.toString();
    }

    public String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    public byte[] body() {
        if (body == null) {
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            } catch (IOException e) {
                body = new byte[0];
            }
        }
        return body;
    }

    public String bodyText() {
        byte[] b = body();
        return b.length == 0 ? null : new String(b, StandardCharsets.UTF_8);
    }

    public Map<String, String> form() {
        return Forms.parse(bodyText());
    }

    /** scheme://host[:port] as the client addressed the simulator, for absolute links like __next. */
    public String origin() {
        String host = header("Host");
        if (host == null || host.isBlank()) {
            host = exchange.getLocalAddress().getHostString() + ":" + exchange.getLocalAddress().getPort();
        }
        return "http://" + host;
    }
}
