package io.koppel.store;

import io.koppel.api.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which postings an overview query returns, and in which order; {@code null} and empty parts match everything.
 *
 * @param hostEntity only this school or location
 * @param statuses only these statuses
 * @param search a text found in any column (case-insensitive): name, title, OGM, invoice id, document number,
 *        the reason's values, or, when it is a number, the amount or Exact's entry number
 * @param columns per column, the text it must contain (text columns), equal (type, status, amount, entry number)
 *        or the UTC day {@code yyyy-MM-dd} it falls on (sent, processed)
 * @param sortColumn the column to sort on; {@code null} is the most recently sent first
 * @param ascending the direction of {@code sortColumn}
 */
public record PostingFilter(String hostEntity, List<Status> statuses, String search, Map<Column, String> columns,
        Column sortColumn, boolean ascending) {

    /** The overview's columns, each with its SQL column and how a filter on it compares. */
    public enum Column {
        NAME("person_name", Match.TEXT),
        TITLE("title", Match.TEXT),
        TYPE("document_type", Match.EQUAL),
        AMOUNT("amount", Match.NUMBER),
        OGM("ogm", Match.TEXT),
        STATUS("status", Match.EQUAL),
        REASON("reason", Match.TEXT),
        INVOICE("host_invoice_id", Match.TEXT),
        DOCUMENT("document_number", Match.TEXT),
        ENTRY_NUMBER("exact_entry_number", Match.NUMBER),
        SENT("sent_at", Match.DAY),
        PROCESSED("processed_at", Match.DAY);

        private final String sql;
        private final Match match;

        Column(String sql, Match match) {
            this.sql = sql;
            this.match = match;
        }
    }

    private enum Match { TEXT, EQUAL, NUMBER, DAY }

    /** A text column containing a text (lower case). */
    public record Contains(String column, String text) {
    }

    /** A column equal to a text. */
    public record Equals(String column, String value) {
    }

    /** A numeric column equal to a number. */
    public record NumberEquals(String column, BigDecimal value) {
    }

    /** A time column within a UTC day. */
    public record Within(String column, Instant from, Instant until) {
    }

    public PostingFilter {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        columns = columns == null ? Map.of() : Map.copyOf(columns);
    }

    /** A filter without column filters, the most recently sent first. */
    public PostingFilter(String hostEntity, List<Status> statuses, String search) {
        this(hostEntity, statuses, search, Map.of(), null, false);
    }

    /** This filter with a column filter added. */
    public PostingFilter withColumn(Column column, String text) {
        Map<Column, String> more = new EnumMap<>(Column.class);
        more.putAll(columns);
        more.put(column, text);
        return new PostingFilter(hostEntity, statuses, search, more, sortColumn, ascending);
    }

    /** This filter in another order. */
    public PostingFilter sortedBy(Column column, boolean ascending) {
        return new PostingFilter(hostEntity, statuses, search, columns, column, ascending);
    }

    /**
     * The search text, lower case, or {@code null}. Found with {@code POSITION(text IN LOWER(column))}, not LIKE: no
     * wildcard to escape, and H2 compiles a LIKE pattern that is a parameter again for every row (10 times slower).
     */
    public String searchText() {
        return isBlank(search) ? null : lowerCase(search);
    }

    /** The search text as a number, for the amount and Exact's entry number, or {@code null}. */
    public BigDecimal searchNumber() {
        return isBlank(search) ? null : number(search);
    }

    public List<Contains> contains() {
        List<Contains> conditions = new ArrayList<>();
        columns.forEach((column, text) -> {
            if (column.match == Match.TEXT && !isBlank(text)) {
                conditions.add(new Contains(column.sql, lowerCase(text)));
            }
        });
        return conditions;
    }

    public List<Equals> equalities() {
        List<Equals> conditions = new ArrayList<>();
        columns.forEach((column, text) -> {
            if (column.match == Match.EQUAL && !isBlank(text)) {
                conditions.add(new Equals(column.sql, text.strip().toUpperCase(Locale.ROOT)));
            }
        });
        return conditions;
    }

    /** Number conditions; a text that is no number matches nothing (compared with an impossible -1). */
    public List<NumberEquals> numbers() {
        List<NumberEquals> conditions = new ArrayList<>();
        columns.forEach((column, text) -> {
            if (column.match == Match.NUMBER && !isBlank(text)) {
                BigDecimal value = number(text);
                conditions.add(new NumberEquals(column.sql, value == null ? BigDecimal.valueOf(-1) : value));
            }
        });
        return conditions;
    }

    /** Day conditions; a text that is no day matches nothing (an empty range). */
    public List<Within> days() {
        List<Within> conditions = new ArrayList<>();
        columns.forEach((column, text) -> {
            if (column.match == Match.DAY && !isBlank(text)) {
                try {
                    LocalDate day = LocalDate.parse(text.strip());
                    conditions.add(new Within(column.sql, day.atStartOfDay().toInstant(ZoneOffset.UTC),
                            day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
                } catch (DateTimeParseException notADay) {
                    conditions.add(new Within(column.sql, Instant.EPOCH, Instant.EPOCH));
                }
            }
        });
        return conditions;
    }

    /**
     * The ORDER BY list, from the column enum only (never from input). Empty values sort last in both directions
     * on every database; the document number keeps pages stable.
     */
    public String orderBy() {
        if (sortColumn == null) {
            return "sent_at DESC, document_number";
        }
        String direction = ascending ? "ASC" : "DESC";
        String emptyLast = sortColumn.match == Match.TEXT || sortColumn == Column.ENTRY_NUMBER
                || sortColumn == Column.PROCESSED
                ? "CASE WHEN " + sortColumn.sql + " IS NULL THEN 1 ELSE 0 END, " : "";
        return emptyLast + sortColumn.sql + " " + direction + ", document_number " + direction;
    }

    private static String lowerCase(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static BigDecimal number(String text) {
        String candidate = text.strip().replace(',', '.');
        if (!candidate.matches("-?[0-9]{1,12}(\\.[0-9]{1,4})?")) {
            return null;
        }
        return new BigDecimal(candidate);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
