package io.koppel.simulator.internal.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Conversions between JSON and the stored Java value of each Edm type, in Exact's wire formats. */
public final class EdmValues {
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern WCF_DATE = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");

    private EdmValues() {
    }

    public static boolean isGuid(String text) {
        return text != null && GUID.matcher(text).matches();
    }

    public static UUID parseGuid(String text) {
        return isGuid(text) ? UUID.fromString(text) : null;
    }

    /** Reads a request-body value; wrong shapes give WCF's "Error processing request stream" 400. */
    public static Object fromJson(JsonNode node, Field field) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            Object value = convert(node, field.type());
            if (value != null) {
                return value;
            }
        } catch (RuntimeException ignored) {
            // fall through to Exact's conversion error
        }
        throw new ApiError(400, "Error processing request stream. Error encountered in converting the value from "
                + "request payload for property '" + field.name() + "' to type '" + dotNetType(field.type())
                + "', which is the property's expected type. See inner exception for more detail.");
    }

    private static Object convert(JsonNode node, EdmType type) {
        switch (type) {
            case GUID:
                return node.isTextual() ? parseGuid(node.asText()) : null;
            case STRING:
                return node.isValueNode() && !node.isBoolean() ? node.asText() : null;
            case INT16:
            case INT32:
            case BYTE:
                return node.isIntegralNumber() || node.isTextual() ? Integer.valueOf(node.asText().trim()) : null;
            case INT64:
                return node.isIntegralNumber() || node.isTextual() ? Long.valueOf(node.asText().trim()) : null;
            case DOUBLE:
                // ossobv sends amounts as strings to avoid float error; Exact accepts both
                return node.isNumber() ? node.decimalValue() : node.isTextual() ? new BigDecimal(node.asText().trim()) : null;
            case BOOLEAN:
                if (node.isBoolean()) {
                    return node.asBoolean();
                }
                return node.isTextual() && node.asText().matches("(?i)true|false") ? Boolean.valueOf(node.asText()) : null;
            case DATETIME:
                return node.isTextual() ? parseDateTime(node.asText()) : null;
            case BINARY:
                if (!node.isTextual()) {
                    return null;
                }
                Base64.getDecoder().decode(node.asText());
                return node.asText();
            default:
                return null;
        }
    }

    /** ISO-8601 in (with or without time or offset), and Exact's own /Date(ms)/ for round trips. */
    public static LocalDateTime parseDateTime(String text) {
        String t = text.trim();
        Matcher wcf = WCF_DATE.matcher(t);
        if (wcf.matches()) {
            return LocalDateTime.ofInstant(Instant.ofEpochMilli(Long.parseLong(wcf.group(1))), ZoneOffset.UTC);
        }
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay();
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(t).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            }
            return LocalDateTime.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: " + text, e);
        }
    }

    public static String wcfDate(LocalDateTime value) {
        return "/Date(" + value.toInstant(ZoneOffset.UTC).toEpochMilli() + ")/";
    }

    /** Writes a stored value in Exact's JSON form: GUIDs as strings, dates as /Date(ms)/, amounts as plain numbers. */
    public static void write(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof UUID u) {
            g.writeString(u.toString());
        } else if (value instanceof LocalDateTime d) {
            g.writeString(wcfDate(d));
        } else if (value instanceof BigDecimal b) {
            g.writeNumber(plain(b));
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeString(value.toString());
        }
    }

    /** The value as the control API shows it: like the wire format but with ISO dates. */
    public static Object inspectable(Object value) {
        if (value instanceof UUID || value instanceof LocalDateTime) {
            return value.toString();
        }
        return value;
    }

    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String dotNetType(EdmType type) {
        return switch (type) {
            case GUID -> "System.Guid";
            case STRING -> "System.String";
            case INT16 -> "System.Int16";
            case INT32 -> "System.Int32";
            case INT64 -> "System.Int64";
            case BYTE -> "System.Byte";
            case DOUBLE -> "System.Double";
            case BOOLEAN -> "System.Boolean";
            case DATETIME -> "System.DateTime";
            case BINARY -> "System.Byte[]";
        };
    }
}
