package io.koppel.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Writes a Java value as an OData v2 literal for a {@code $filter}. Strings are quoted with their single quotes
 * doubled, so a name like {@code O'Brien} stays one literal instead of breaking (or changing) the filter.
 */
public final class ODataLiteral {
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private ODataLiteral() {
    }

    /**
     * Strings, UUIDs ({@code guid'..'}), LocalDate/LocalDateTime/Instant ({@code datetime'..'}, an Instant in
     * UTC), Long ({@code 123L}), Integer/Short/Byte, BigDecimal and Boolean; null becomes {@code null}.
     */
    public static String of(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence text) {
            return string(text.toString());
        }
        if (value instanceof UUID id) {
            return "guid'" + id + "'";
        }
        if (value instanceof LocalDate date) {
            return "datetime'" + DATETIME.format(date.atStartOfDay()) + "'";
        }
        if (value instanceof LocalDateTime dateTime) {
            return "datetime'" + DATETIME.format(dateTime) + "'";
        }
        if (value instanceof Instant instant) {
            return "datetime'" + DATETIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "'";
        }
        if (value instanceof Long number) {
            return number + "L";
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return value.toString();
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        if (value instanceof Boolean flag) {
            return flag.toString();
        }
        throw new IllegalArgumentException("no OData literal for " + value.getClass().getName());
    }

    /** {@code 'text'} with each {@code '} doubled. */
    public static String string(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
