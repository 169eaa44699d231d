package io.koppel.simulator.internal.seed;

/** Descriptions of Exact's journal types used by the seed. */
final class JournalTypes {
    private JournalTypes() {
    }

    static String description(int type) {
        return switch (type) {
            case 10 -> "Kas";
            case 12 -> "Bank";
            case 20 -> "Verkoop";
            case 21 -> "Retourfacturen";
            case 22 -> "Inkoop";
            case 90 -> "Memoriaal";
            default -> "Type " + type;
        };
    }
}
