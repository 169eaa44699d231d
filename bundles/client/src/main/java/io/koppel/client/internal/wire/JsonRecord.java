package io.koppel.client.internal.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads one record of an OData response field by field, in the Java types of the model. A missing field and
 * JSON null both read as null; values Exact sends in an unexpected shape (a number as a string, a flag as 0/1)
 * are read as meant.
 */
public record JsonRecord(JsonNode node) {

    public boolean has(String field) {
        return value(field) != null;
    }

    /** Free text as sent. */
    public String text(String field) {
        return mapped(value(field), JsonNode::asText);
    }

    /** A code: Exact pads codes with spaces (an account code to 18 characters), the model does not. */
    public String code(String field) {
        return mapped(text(field), text -> {
            String trimmed = text.trim();
            return trimmed.isEmpty() ? null : trimmed;
        });
    }

    public UUID uuid(String field) {
        return parsed(field, text -> UUID.fromString(text.trim()));
    }

    public BigDecimal decimal(String field) {
        return mapped(value(field), value -> {
            if (value.isNumber()) {
                return value.decimalValue();
            }
            String text = value.asText().trim();
            return text.isEmpty() ? null : new BigDecimal(text);
        });
    }

    public Integer integer(String field) {
        return mapped(decimal(field), BigDecimal::intValueExact);
    }

    public Long longValue(String field) {
        return mapped(decimal(field), BigDecimal::longValueExact);
    }

    /** Booleans, and Exact's byte flags (0/1) read as booleans. Null reads as false. */
    public boolean flag(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.intValue() != 0;
        }
        String text = value.asText().trim();
        return text.equalsIgnoreCase("true") || text.equals("1");
    }

    public Instant instant(String field) {
        return parsed(field, ExactDates::instant);
    }

    public LocalDate date(String field) {
        return parsed(field, ExactDates::date);
    }

    /**
     * An expanded navigation property ({@code {"results":[...]}} or a bare array); null when it is
     * {@code __deferred} or absent, i.e. not loaded.
     */
    public List<JsonRecord> expanded(String field) {
        JsonNode value = value(field);
        if (value == null || value.has("__deferred")) {
            return null;
        }
        JsonNode items = value.isArray() ? value : value.get("results");
        if (items == null || !items.isArray()) {
            return null;
        }
        List<JsonRecord> records = new ArrayList<>();
        items.forEach(item -> records.add(new JsonRecord(item)));
        return records;
    }

    /** A value sent as text; a blank one reads as null. */
    private <T> T parsed(String field, Function<String, T> parser) {
        return mapped(text(field), text -> text.isBlank() ? null : parser.apply(text));
    }

    private static <V, T> T mapped(V value, Function<V, T> mapping) {
        return value == null ? null : mapping.apply(value);
    }

    private JsonNode value(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isMissingNode() ? null : value;
    }
}
