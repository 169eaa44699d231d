package io.koppel.client.internal.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Builds a request body in Exact's field names. Null values are left out, so a PUT changes only what is given.
 */
public final class JsonBody {
    private final ObjectNode node = Json.object();

    public JsonBody text(String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
        return this;
    }

    public JsonBody uuid(String field, UUID value) {
        if (value != null) {
            node.put(field, value.toString());
        }
        return this;
    }

    /** Amounts go as JSON numbers written from the BigDecimal, digit for digit. */
    public JsonBody decimal(String field, BigDecimal value) {
        if (value != null) {
            node.put(field, value);
        }
        return this;
    }

    public JsonBody integer(String field, Integer value) {
        if (value != null) {
            node.put(field, value);
        }
        return this;
    }

    public JsonBody flag(String field, Boolean value) {
        if (value != null) {
            node.put(field, value);
        }
        return this;
    }

    /** Exact's Byte-typed flags (a mandate's Main, FirstSend) want 1 or 0, not true or false. */
    public JsonBody byteFlag(String field, Boolean value) {
        if (value != null) {
            node.put(field, value ? 1 : 0);
        }
        return this;
    }

    public JsonBody date(String field, LocalDate value) {
        if (value != null) {
            node.put(field, ExactDates.forRequest(value));
        }
        return this;
    }

    public JsonBody array(String field, Iterable<JsonBody> items) {
        ArrayNode array = node.putArray(field);
        items.forEach(item -> array.add(item.node));
        return this;
    }

    public ObjectNode node() {
        return node;
    }
}
