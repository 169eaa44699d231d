package io.koppel.simulator.internal.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.koppel.simulator.internal.model.ApiError;
import io.koppel.simulator.internal.model.EdmValues;
import io.koppel.simulator.internal.model.EntitySchema;
import io.koppel.simulator.internal.model.Field;
import io.koppel.simulator.internal.model.Json;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads POST/PUT bodies the way WCF Data Services does: unknown properties are refused, GET-only ones are
 * silently ignored (as Exact ignores AmountDC on a POST), values are converted to their Edm type.
 */
public final class BodyReader {
    private BodyReader() {
    }

    public static ObjectNode parse(byte[] body) {
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException e) {
            // fall through
        }
        throw new ApiError(400, "Error processing request stream. The request should be a valid top-level resource object.");
    }

    /** The writable properties present in the body, converted; navigation properties are left to the caller. */
    public static Map<String, Object> writable(ObjectNode body, EntitySchema schema) {
        Map<String, Object> values = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = body.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            if (name.equals("__metadata") || schema.navigations().contains(name)) {
                continue;
            }
            Field field = schema.field(name);
            if (field == null) {
                throw new ApiError(400, "Error processing request stream. The property name '" + name
                        + "' specified for type '" + schema.typeName() + "' is not valid.");
            }
            if (field.writable()) {
                values.put(name, EdmValues.fromJson(e.getValue(), field));
            }
        }
        return values;
    }

    public static String text(Map<String, Object> values, String field) {
        Object v = values.get(field);
        return v == null ? null : v.toString();
    }

    public static boolean isBlank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
