package io.koppel.simulator.internal.seed;

import java.util.Map;

/** Descriptions of Exact's GL account and journal types used by the seed. */
final class TypeDescriptions {
    private static final Map<Integer, String> GL_ACCOUNT = Map.of(10, "Kas", 12, "Bank", 20, "Debiteuren",
            22, "Crediteuren", 24, "Btw", 90, "Algemeen", 110, "Omzet", 111, "Kostprijs omzet", 120, "Overige kosten");
    private static final Map<Integer, String> JOURNAL = Map.of(10, "Kas", 12, "Bank", 20, "Verkoop",
            21, "Retourfacturen", 22, "Inkoop", 90, "Memoriaal");

    private TypeDescriptions() {
    }

    static String glAccount(int type) {
        return describe(GL_ACCOUNT, type);
    }

    static String journal(int type) {
        return describe(JOURNAL, type);
    }

    private static String describe(Map<Integer, String> descriptions, int type) {
        return descriptions.getOrDefault(type, "Type " + type);
    }
}
