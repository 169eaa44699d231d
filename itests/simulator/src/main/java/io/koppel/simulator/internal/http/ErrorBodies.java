package io.koppel.simulator.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.koppel.simulator.internal.model.Json;

/** Exact's OData error body. */
public final class ErrorBodies {
    private ErrorBodies() {
    }

    /**
     * {"error":{"code":"","message":{"lang":"","value":"..."}}}, pretty-printed with CRLF as Exact sends it
     * (ruby client spec, picqer #538); code and lang are empty as in every observed body.
     */
    public static Response exact(int status, String message) {
        String value;
        try {
            value = Json.MAPPER.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String body = "{\r\n  \"error\": {\r\n    \"code\": \"\", \"message\": {\r\n      \"lang\": \"\", \"value\": "
                + value + "\r\n    }\r\n  }\r\n}";
        return Response.json(status, body);
    }
}
