package io.koppel.logging.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** Keeps, redacts or drops a request body as configured, before it is stored. */
final class BodyRedactor {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HIDDEN = "***";

    private final LoggingConfiguration.RequestBodies mode;
    private final Set<String> personalFields;

    BodyRedactor(LoggingConfiguration.RequestBodies mode, Set<String> personalFields) {
        this.mode = mode;
        this.personalFields = Set.copyOf(personalFields);
    }

    String redact(String body) {
        if (body == null || mode == LoggingConfiguration.RequestBodies.NONE) {
            return null;
        }
        if (mode == LoggingConfiguration.RequestBodies.FULL) {
            return Secrets.scrub(body);
        }
        try {
            JsonNode tree = JSON.readTree(body);
            hidePersonalFields(tree);
            return Secrets.scrub(JSON.writeValueAsString(tree));
        } catch (JsonProcessingException notJson) {
            // Not JSON, so its personal fields cannot be found: keep none of it.
            return null;
        }
    }

    private void hidePersonalFields(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (personalFields.contains(field.getKey()) && !field.getValue().isNull()) {
                    field.setValue(object.textNode(HIDDEN));
                } else {
                    hidePersonalFields(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(this::hidePersonalFields);
        }
    }
}
