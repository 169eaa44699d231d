package io.koppel.client.internal.wire;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exact's dates: WCF's {@code /Date(1382667906263)/} (epoch milliseconds, optionally with a {@code +0100} that
 * does not shift the instant) in responses, ISO-8601 in some responses and in every request.
 */
public final class ExactDates {
    private static final Pattern WCF = Pattern.compile("/?Date\\((-?\\d+)([+-]\\d{4})?\\)/?");
    private static final DateTimeFormatter REQUEST = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final long HALF_DAY_MILLIS = 12L * 60 * 60 * 1000;

    private ExactDates() {
    }

    /** @throws IllegalArgumentException for text that is no date in any of Exact's shapes */
    public static Instant instant(String text) {
        String value = text.trim();
        Matcher wcf = WCF.matcher(value);
        if (wcf.matches()) {
            return Instant.ofEpochMilli(Long.parseLong(wcf.group(1)));
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (hasOffset(value)) {
                return OffsetDateTime.parse(value).toInstant();
            }
            // Exact's ISO times without an offset are read as UTC, like its /Date()/ values
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date Exact sends: " + text, e);
        }
    }

    /**
     * A date-only field. Exact sends these as midnight UTC; should one arrive as local midnight (e.g. 23:00 UTC
     * the day before, for Brussels in winter), taking the nearest UTC midnight still gives the intended day.
     */
    public static LocalDate date(String text) {
        Instant instant = instant(text);
        return LocalDate.ofInstant(instant.plusMillis(HALF_DAY_MILLIS), ZoneOffset.UTC);
    }

    /** How requests carry a date: {@code 2024-03-01T00:00:00}. */
    public static String forRequest(LocalDate date) {
        return REQUEST.format(date.atStartOfDay());
    }

    private static boolean hasOffset(String value) {
        if (value.endsWith("Z") || value.endsWith("z")) {
            return true;
        }
        int time = value.indexOf('T');
        return time > 0 && (value.indexOf('+', time) > 0 || value.indexOf('-', time) > 0);
    }
}
