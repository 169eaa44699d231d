package io.koppel.simulator.internal.odata;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** A parsed, type-checked $filter expression that evaluates against one stored row. */
public sealed interface FilterNode {

    Object eval(Map<String, Object> row);

    /** The value category, for OData's operand type checks. */
    Kind kind();

    /** The Edm type name used in WCF's error messages. */
    String edmName();

    enum Kind { STRING, GUID, DATETIME, BOOLEAN, NUMBER, BINARY, NULL }

    default boolean test(Map<String, Object> row) {
        return Boolean.TRUE.equals(eval(row));
    }

    /** A node whose value is true or false: a comparison, a negation, an and/or. */
    sealed interface Condition extends FilterNode {
        @Override
        default Kind kind() {
            return Kind.BOOLEAN;
        }

        @Override
        default String edmName() {
            return "Edm.Boolean";
        }
    }

    record Property(String name, Kind kind, String edmName) implements FilterNode {
        public Object eval(Map<String, Object> row) {
            return row.get(name);
        }
    }

    record Literal(Object value, Kind kind, String edmName) implements FilterNode {
        public Object eval(Map<String, Object> row) {
            return value;
        }
    }

    record Not(FilterNode inner) implements Condition {
        public Object eval(Map<String, Object> row) {
            Object v = inner.eval(row);
            return v == null ? null : !(Boolean) v;
        }
    }

    record Logical(boolean and, FilterNode left, FilterNode right) implements Condition {
        public Object eval(Map<String, Object> row) {
            boolean l = left.test(row);
            if (and ? !l : l) {
                return l;
            }
            return right.test(row);
        }
    }

    record Compare(String op, FilterNode left, FilterNode right) implements Condition {
        public Object eval(Map<String, Object> row) {
            Object l = left.eval(row);
            Object r = right.eval(row);
            if (l == null || r == null) {
                boolean bothNull = l == null && r == null;
                return switch (op) {
                    case "eq" -> bothNull;
                    case "ne" -> !bothNull;
                    default -> false;
                };
            }
            int c = Values.compare(l, r);
            return switch (op) {
                case "eq" -> c == 0;
                case "ne" -> c != 0;
                case "gt" -> c > 0;
                case "ge" -> c >= 0;
                case "lt" -> c < 0;
                case "le" -> c <= 0;
                default -> throw new IllegalStateException(op);
            };
        }
    }

    record Function(String name, List<FilterNode> args, Kind kind, String edmName) implements FilterNode {
        public Object eval(Map<String, Object> row) {
            Object a = args.get(0).eval(row);
            Object b = args.size() > 1 ? args.get(1).eval(row) : null;
            if (a == null) {
                return null;
            }
            return switch (name) {
                // SQL Server's TRIM strips spaces only
                case "trim" -> ((String) a).replaceAll("^ +| +$", "");
                case "tolower" -> ((String) a).toLowerCase(Locale.ROOT);
                case "toupper" -> ((String) a).toUpperCase(Locale.ROOT);
                case "length" -> ((String) a).length();
                case "substringof" -> b != null && Values.fold((String) b).contains(Values.fold((String) a));
                case "startswith" -> b != null && Values.fold((String) a).startsWith(Values.fold((String) b));
                case "endswith" -> b != null && Values.fold((String) a).endsWith(Values.fold((String) b));
                case "year" -> ((LocalDateTime) a).getYear();
                case "month" -> ((LocalDateTime) a).getMonthValue();
                case "day" -> ((LocalDateTime) a).getDayOfMonth();
                default -> throw new IllegalStateException(name);
            };
        }
    }

    /** Comparison rules of Exact's SQL Server back end. */
    final class Values {
        private Values() {
        }

        /**
         * Strings compare case-insensitively and ignore trailing spaces (SQL Server's default collation and
         * ANSI padding): {@code Country eq 'BE'} matches "BE ", but leading spaces count, so
         * {@code Code eq '1001'} does not match Exact's right-aligned "              1001".
         */
        static String fold(String s) {
            int end = s.length();
            while (end > 0 && s.charAt(end - 1) == ' ') {
                end--;
            }
            return s.substring(0, end).toLowerCase(Locale.ROOT);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        public static int compare(Object l, Object r) {
            if (l instanceof String a && r instanceof String b) {
                return fold(a).compareTo(fold(b));
            }
            if (l instanceof Number a && r instanceof Number b) {
                return toDecimal(a).compareTo(toDecimal(b));
            }
            if (l instanceof UUID a && r instanceof UUID b) {
                return a.toString().compareTo(b.toString());
            }
            if (l instanceof Comparable a && l.getClass() == r.getClass()) {
                return a.compareTo(r);
            }
            return l.toString().compareTo(r.toString());
        }

        static BigDecimal toDecimal(Number n) {
            return n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
        }
    }
}
