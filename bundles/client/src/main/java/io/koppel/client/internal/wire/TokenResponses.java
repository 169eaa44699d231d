package io.koppel.client.internal.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.koppel.client.ExactAuthorizationException;
import io.koppel.client.ExactAuthorizationException.Reason;
import io.koppel.client.ExactException;
import io.koppel.client.ExactRateLimitException;
import io.koppel.client.ExactTooEarlyToRefreshException;
import io.koppel.client.ExactTransientException;
import io.koppel.client.Tokens;
import io.koppel.client.internal.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/** Reads the token endpoint's answers: the token JSON, and Exact's OAuth error bodies and Reason header. */
public final class TokenResponses {
    private TokenResponses() {
    }

    public static Tokens tokens(HttpResponse response) {
        JsonNode root;
        try {
            root = Json.parse(response.body());
        } catch (Exception e) {
            throw new ExactTransientException("token response is not JSON: "
                    + ODataEnvelope.abbreviate(response.body()), response.status(), true, e);
        }
        String access = text(root, "access_token");
        String refresh = text(root, "refresh_token");
        if (access == null || refresh == null) {
            throw new ExactTransientException("token response lacks a token", response.status(), true, null);
        }
        return new Tokens(access, refresh, expiresIn(root.get("expires_in")));
    }

    /**
     * @param now the client's clock, for when a refused daily token quota opens again
     */
    public static ExactException error(HttpResponse response, Instant now) {
        int status = response.status();
        String reasonHeader = response.header("Reason");
        String message = ErrorMessage.of(status, response.body(), reasonHeader);
        if (status >= 500) {
            return new ExactTransientException(message, status, true, null);
        }
        String error = errorCode(response.body());
        String reason = reasonHeader == null ? "" : reasonHeader.toLowerCase(Locale.ROOT);
        String lower = message.toLowerCase(Locale.ROOT);
        if (reason.startsWith("tooearlytorefreshtokens") || lower.contains("access_token not expired")) {
            return new ExactTooEarlyToRefreshException(message, status);
        }
        if (reason.startsWith("toomanytokenrequests")) {
            Instant midnight = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
            return new ExactRateLimitException(ExactRateLimitException.Window.DAILY, midnight, message, status);
        }
        if (lower.contains("old refresh token")) {
            return new ExactAuthorizationException(Reason.OLD_REFRESH_TOKEN, message, status);
        }
        if ("invalid_request".equals(error) && lower.contains("expired")) {
            return new ExactAuthorizationException(Reason.EXPIRED, message, status);
        }
        if ("invalid_grant".equals(error)) {
            return new ExactAuthorizationException(Reason.REVOKED, message, status);
        }
        if ("invalid_client".equals(error)) {
            return new ExactAuthorizationException(Reason.INVALID_CLIENT, message, status);
        }
        // A 429, a bare 400 or 403, anything Exact does not explain: nothing says the grant is gone, so the
        // tokens are kept and the refresh is tried again later. Exact acted on none of these.
        return new ExactTransientException("the token endpoint answered " + status + ": " + message, status, false,
                null);
    }

    /** Exact documents {@code "expires_in":"600"}, a string; a number is accepted as well. */
    static long expiresIn(JsonNode value) {
        if (value == null || value.isNull()) {
            return 600;
        }
        if (value.isNumber()) {
            return value.longValue();
        }
        try {
            return Long.parseLong(value.asText().trim());
        } catch (NumberFormatException e) {
            throw new ExactTransientException("expires_in is not a number: " + value.asText(), 200, true, e);
        }
    }

    private static String errorCode(String body) {
        try {
            JsonNode root = Json.parse(body);
            JsonNode error = root.get("error");
            return error != null && error.isTextual() ? error.asText() : null;
        } catch (Exception notJson) {
            return null;
        }
    }

    private static String text(JsonNode root, String field) {
        JsonNode value = root.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
