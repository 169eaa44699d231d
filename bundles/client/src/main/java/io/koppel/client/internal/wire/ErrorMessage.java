package io.koppel.client.internal.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of an error response: {@code error.message.value} of Exact's OData error body, the plain
 * {@code error.message} some answers use, the description of an OAuth error, or the body itself when it is not
 * JSON. Exact's {@code Reason} header is added when present.
 */
public final class ErrorMessage {
    private ErrorMessage() {
    }

    public static String of(int status, String body, String reasonHeader) {
        String text = fromBody(body);
        if (text == null || text.isBlank()) {
            text = "HTTP " + status;
        }
        if (reasonHeader != null && !reasonHeader.isBlank() && !text.contains(reasonHeader.trim())) {
            text = text + " (Reason: " + reasonHeader.trim() + ")";
        }
        return text;
    }

    /** Exact puts several messages in one value, separated by line breaks. */
    public static List<String> lines(String message) {
        List<String> lines = new ArrayList<>();
        for (String line : message.split("\\r?\\n|\\r")) {
            String trimmed = line.trim();
            if (!trimmed.isEmpty()) {
                lines.add(trimmed);
            }
        }
        return lines;
    }

    private static String fromBody(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        JsonNode root;
        try {
            root = Json.parse(body);
        } catch (Exception notJson) {
            return ODataEnvelope.abbreviate(body.trim());
        }
        JsonNode error = root.get("error");
        if (error != null && error.isObject()) {
            JsonNode message = error.get("message");
            if (message != null && message.isObject()) {
                return text(message.get("value"));
            }
            return text(message);
        }
        String description = text(root.get("error_description"));
        if (description != null) {
            return description;
        }
        if (error != null && error.isTextual()) {
            return error.asText();
        }
        return ODataEnvelope.abbreviate(body.trim());
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
