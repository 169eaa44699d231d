package io.koppel.client.model;

/** Whether a GL account takes a cost center or cost unit on its lines (Exact's byte 0, 1, 2). */
public enum CostCodeUse {
    OPTIONAL,
    MANDATORY,
    NOT_USED;

    public static CostCodeUse ofExact(Integer value) {
        if (value == null) {
            return OPTIONAL;
        }
        return switch (value) {
            case 1 -> MANDATORY;
            case 2 -> NOT_USED;
            default -> OPTIONAL;
        };
    }
}
