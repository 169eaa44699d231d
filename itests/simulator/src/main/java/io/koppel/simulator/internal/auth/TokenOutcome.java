package io.koppel.simulator.internal.auth;

import java.util.Map;

/** What the token endpoint answers: status, body (JSON, or plain text when {@code json} is false) and extra headers. */
public record TokenOutcome(int status, String body, boolean json, Map<String, String> headers) {

    static TokenOutcome ok(String body) {
        return new TokenOutcome(200, body, true, Map.of());
    }

    static TokenOutcome error(int status, String error, String description) {
        return new TokenOutcome(status, "{\"error\":\"" + error + "\",\"error_description\":\"" + description + "\"}",
                true, Map.of());
    }

    TokenOutcome withHeader(String name, String value) {
        return new TokenOutcome(status, body, json, Map.of(name, value));
    }
}
