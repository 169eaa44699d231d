package io.koppel.simulator.internal.odata;

import io.koppel.simulator.internal.model.EdmValues;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Splits an OData v2 $filter into tokens: identifiers, 'strings' ('' escapes a quote), guid'..', datetime'..', numbers. */
final class FilterLexer {
    private final String text;
    private int pos;

    private FilterLexer(String text) {
        this.text = text;
    }

    static List<Token> tokenize(String text) {
        return new FilterLexer(text).all();
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (pos >= text.length()) {
                tokens.add(new Token(Token.Kind.EOF, "", null, pos));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        int start = pos;
        char c = text.charAt(pos);
        if (c == '(') {
            pos++;
            return new Token(Token.Kind.OPEN, "(", null, start);
        }
        if (c == ')') {
            pos++;
            return new Token(Token.Kind.CLOSE, ")", null, start);
        }
        if (c == ',') {
            pos++;
            return new Token(Token.Kind.COMMA, ",", null, start);
        }
        if (c == '\'') {
            return new Token(Token.Kind.STRING, null, readQuoted(start, true), start);
        }
        if (Character.isDigit(c) || (c == '-' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
            return number(start);
        }
        if (Character.isLetter(c) || c == '_') {
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                    || text.charAt(pos) == '/' || text.charAt(pos) == '.')) {
                pos++;
            }
            String word = text.substring(start, pos);
            if (pos < text.length() && text.charAt(pos) == '\'') {
                return typedLiteral(word, start);
            }
            return new Token(Token.Kind.IDENT, word, null, start);
        }
        throw new ODataSyntaxError("Syntax error at position " + start + " in '" + text + "'.");
    }

    private Token typedLiteral(String prefix, int start) {
        String body = readQuoted(start, false);
        String literal = text.substring(start, pos);
        switch (prefix.toLowerCase(java.util.Locale.ROOT)) {
            case "guid" -> {
                if (!EdmValues.isGuid(body)) {
                    throw unrecognized("Edm.Guid", literal, start);
                }
                return new Token(Token.Kind.GUID, literal, java.util.UUID.fromString(body), start);
            }
            case "datetime" -> {
                try {
                    LocalDateTime value = EdmValues.parseDateTime(body);
                    return new Token(Token.Kind.DATETIME, literal, value, start);
                } catch (RuntimeException e) {
                    throw unrecognized("Edm.DateTime", literal, start);
                }
            }
            default -> throw new ODataSyntaxError("Unrecognized literal '" + literal + "' at position " + start
                    + " in '" + text + "'.");
        }
    }

    // WCF's wording, e.g. "Unrecognized 'Edm.Guid' literal 'guid'dsadsds'' in '6'." (ruby client spec)
    private ODataSyntaxError unrecognized(String edmType, String literal, int start) {
        return new ODataSyntaxError("Unrecognized '" + edmType + "' literal '" + literal + "' in '" + start + "'.");
    }

    /** Reads from the opening quote at or after {@code start}; {@code escapes} turns '' into one quote. */
    private String readQuoted(int start, boolean escapes) {
        pos = text.indexOf('\'', pos) + 1;
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\'') {
                if (escapes && pos < text.length() && text.charAt(pos) == '\'') {
                    sb.append('\'');
                    pos++;
                    continue;
                }
                return sb.toString();
            }
            sb.append(c);
        }
        throw new ODataSyntaxError("There is an unterminated string literal at position " + start + " in '" + text + "'.");
    }

    private Token number(int start) {
        if (text.charAt(pos) == '-') {
            pos++;
        }
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < text.length() && (text.charAt(pos) == 'E' || text.charAt(pos) == 'e')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        String digits = text.substring(start, pos);
        if (pos < text.length() && "LlMmDdFf".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        try {
            return new Token(Token.Kind.NUMBER, text.substring(start, pos), new BigDecimal(digits), start);
        } catch (NumberFormatException e) {
            throw new ODataSyntaxError("Syntax error at position " + start + " in '" + text + "'.");
        }
    }
}
