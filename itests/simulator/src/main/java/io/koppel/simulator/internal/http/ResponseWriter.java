package io.koppel.simulator.internal.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;

/** Writes responses, or drops the connection without one. */
public final class ResponseWriter {
    private ResponseWriter() {
    }

    public static void send(HttpExchange exchange, Response response) {
        try {
            Headers h = exchange.getResponseHeaders();
            if (response.contentType() != null) {
                h.set("Content-Type", response.contentType());
            }
            response.headers().forEach(h::set);
            byte[] body = response.body();
            boolean noBody = body.length == 0 || response.status() == 204 || "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException e) {
            // the client went away (e.g. it timed out while a TIMEOUT fault held the answer)
        } finally {
            exchange.close();
        }
    }

    /**
     * Closes the connection before any response byte is sent: the client sees the connection reset or an
     * empty reply, although the change was committed.
     */
    public static void drop(HttpExchange exchange) {
        exchange.close();
    }
}
