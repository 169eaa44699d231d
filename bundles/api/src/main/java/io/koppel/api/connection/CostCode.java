package io.koppel.api.connection;

/**
 * A cost center (kostenplaats) or cost unit (kostendrager) of a division.
 *
 * @param code at most 8 characters, as Exact stores it
 * @param description its name
 */
public record CostCode(String code, String description) {
    /** Exact's limit on the length of a cost center or cost unit code. */
    public static final int MAX_LENGTH = 8;
}
