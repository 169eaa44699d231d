package io.koppel.simulator;

/** What data the simulator holds after start or reset. */
public enum SeedMode {
    /** The documented default data set: app, users, divisions, GL accounts, journals, periods ({@link DefaultDataSet}). */
    DEFAULT,
    /** Nothing: no apps, users or divisions. Register them through the control API. */
    NONE;

    public static SeedMode parse(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "default" -> DEFAULT;
            case "none", "empty" -> NONE;
            default -> throw new IllegalArgumentException("unknown seed mode: " + text + " (default|none)");
        };
    }
}
