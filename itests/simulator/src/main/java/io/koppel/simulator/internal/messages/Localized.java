package io.koppel.simulator.internal.messages;

/** A text in the four languages of Exact's users, given in the order NL, FR, EN, DE. */
record Localized(String nl, String fr, String en, String de) {

    String in(Lang lang) {
        return lang.pick(nl, fr, en, de);
    }
}
