package io.koppel.simulator.internal.odata;

/** A lexical token of a $filter expression; {@code position} is its 0-based offset for error messages. */
record Token(Kind kind, String text, Object value, int position) {
    enum Kind { IDENT, STRING, GUID, DATETIME, NUMBER, OPEN, CLOSE, COMMA, EOF }

    boolean isKeyword(String keyword) {
        return kind == Kind.IDENT && text.equals(keyword);
    }
}
