package io.koppel.simulator.internal.messages;

import java.util.Locale;

/** The languages of Exact's users in Belgium and the Netherlands; Exact answers in the user's language. */
public enum Lang {
    NL, FR, EN, DE;

    public static Lang ofLanguageCode(String code) {
        String lower = code == null ? "" : code.toLowerCase(Locale.ROOT);
        if (lower.startsWith("nl")) {
            return NL;
        }
        if (lower.startsWith("fr")) {
            return FR;
        }
        if (lower.startsWith("de")) {
            return DE;
        }
        return EN;
    }

    /** This language's text among the four, given in the order NL, FR, EN, DE. */
    public String pick(String nl, String fr, String en, String de) {
        return switch (this) {
            case NL -> nl;
            case FR -> fr;
            case EN -> en;
            case DE -> de;
        };
    }
}
