package io.koppel.client;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A {@code $filter} expression built from field names and Java values, so no caller concatenates raw values
 * into a URL. Values become literals through {@link ODataLiteral}; field names are checked to be plain
 * identifiers. Immutable.
 *
 * <pre>{@code
 * ODataFilter.eq("YourRef", "INV-1").and(ODataFilter.eq("Journal", "70"))
 * }</pre>
 */
public final class ODataFilter {
    private static final Pattern FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(/[A-Za-z_][A-Za-z0-9_]*)*");
    private static final ODataFilter NONE = new ODataFilter("", false);

    private final String expression;
    private final boolean compound;

    private ODataFilter(String expression, boolean compound) {
        this.expression = expression;
        this.compound = compound;
    }

    /** No filter at all. */
    public static ODataFilter none() {
        return NONE;
    }

    public static ODataFilter eq(String field, Object value) {
        return compare(field, "eq", value);
    }

    public static ODataFilter ne(String field, Object value) {
        return compare(field, "ne", value);
    }

    public static ODataFilter gt(String field, Object value) {
        return compare(field, "gt", value);
    }

    /**
     * {@code trim(field) eq 'value'}: for Exact's space-padded codes (an account code is right-aligned in 18
     * characters), which a plain {@code eq} would not match.
     */
    public static ODataFilter trimmedEq(String field, String value) {
        return new ODataFilter("trim(" + field(field) + ") eq " + ODataLiteral.string(value.trim()), false);
    }

    public ODataFilter and(ODataFilter other) {
        return join("and", other);
    }

    public ODataFilter or(ODataFilter other) {
        return join("or", other);
    }

    public boolean isEmpty() {
        return expression.isEmpty();
    }

    /** The expression as it goes into {@code $filter=}, not yet URL-encoded; empty for {@link #none()}. */
    public String expression() {
        return expression;
    }

    private static ODataFilter compare(String field, String operator, Object value) {
        return new ODataFilter(field(field) + " " + operator + " " + ODataLiteral.of(value), false);
    }

    private ODataFilter join(String operator, ODataFilter other) {
        Objects.requireNonNull(other, "other");
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        return new ODataFilter(grouped() + " " + operator + " " + other.grouped(), true);
    }

    private String grouped() {
        return compound ? "(" + expression + ")" : expression;
    }

    private static String field(String name) {
        if (name == null || !FIELD.matcher(name).matches()) {
            throw new IllegalArgumentException("not an OData field name: " + name);
        }
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ODataFilter filter && filter.expression.equals(expression);
    }

    @Override
    public int hashCode() {
        return expression.hashCode();
    }

    @Override
    public String toString() {
        return expression;
    }
}
