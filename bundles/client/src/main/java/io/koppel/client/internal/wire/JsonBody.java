package io.koppel.client.internal.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

/**
 * Builds a request body in Exact's field names. Null values are left out, so a PUT changes only what is given.
 */
public final class JsonBody {
    private final ObjectNode node = Json.object();

    public JsonBody text(String field, String value) {
        return put(field, value, node::textNode);
    }

    public JsonBody uuid(String field, UUID value) {
        return put(field, value, id -> node.textNode(id.toString()));
    }

    /** Amounts go as JSON numbers written from the BigDecimal, digit for digit. */
    public JsonBody decimal(String field, BigDecimal value) {
        return put(field, value, node::numberNode);
    }

    public JsonBody integer(String field, Integer value) {
        return put(field, value, number -> node.numberNode(number.intValue()));
    }

    public JsonBody flag(String field, Boolean value) {
        return put(field, value, node::booleanNode);
    }

    /** Exact's Byte-typed flags (a mandate's Main, FirstSend) want 1 or 0, not true or false. */
    public JsonBody byteFlag(String field, Boolean value) {
        return put(field, value, flag -> node.numberNode(flag ? 1 : 0));
    }

    public JsonBody date(String field, LocalDate value) {
        return put(field, value, date -> node.textNode(ExactDates.forRequest(date)));
    }

    public JsonBody array(String field, Iterable<JsonBody> items) {
        ArrayNode array = node.putArray(field);
        items.forEach(item -> array.add(item.node));
        return this;
    }

    public ObjectNode node() {
        return node;
    }

    private <V> JsonBody put(String field, V value, Function<V, JsonNode> json) {
        if (value != null) {
            node.set(field, json.apply(value));
        }
        return this;
    }
}
