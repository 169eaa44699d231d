package io.koppel.simulator.internal.seed;

/** Descriptions of Exact's GL account types used by the seed. */
final class GlTypes {
    private GlTypes() {
    }

    static String description(int type) {
        return switch (type) {
            case 10 -> "Kas";
            case 12 -> "Bank";
            case 20 -> "Debiteuren";
            case 22 -> "Crediteuren";
            case 24 -> "Btw";
            case 90 -> "Algemeen";
            case 110 -> "Omzet";
            case 111 -> "Kostprijs omzet";
            case 120 -> "Overige kosten";
            default -> "Type " + type;
        };
    }
}
