package io.koppel.simulator.internal.messages;

/** The two languages the simulator answers in; Exact picks the user's language. */
public enum Lang {
    NL, EN;

    public static Lang ofLanguageCode(String code) {
        return code != null && code.toLowerCase(java.util.Locale.ROOT).startsWith("nl") ? NL : EN;
    }
}
