package io.koppel.simulator.internal.odata;

import io.koppel.simulator.internal.model.EdmType;
import io.koppel.simulator.internal.model.EntitySchema;
import io.koppel.simulator.internal.model.Field;
import io.koppel.simulator.internal.odata.FilterNode.Kind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Recursive-descent parser for the OData v2 $filter subset Exact clients use:
 * {@code or > and > not > comparison (eq ne gt ge lt le) > primary}, with parentheses, literals and the
 * functions trim, tolower, toupper, length, substringof, startswith, endswith, year, month, day.
 * Type errors are reported with WCF Data Services' messages, as Exact does.
 */
public final class FilterParser {
    private static final Set<String> COMPARISONS = Set.of("eq", "ne", "gt", "ge", "lt", "le");
    private static final Map<String, Signature> FUNCTIONS = Map.of(
            "trim", Signature.returningString(Kind.STRING),
            "tolower", Signature.returningString(Kind.STRING),
            "toupper", Signature.returningString(Kind.STRING),
            "length", Signature.returningNumber(Kind.STRING),
            "substringof", Signature.returningBoolean(Kind.STRING, Kind.STRING),
            "startswith", Signature.returningBoolean(Kind.STRING, Kind.STRING),
            "endswith", Signature.returningBoolean(Kind.STRING, Kind.STRING),
            "year", Signature.returningNumber(Kind.DATETIME),
            "month", Signature.returningNumber(Kind.DATETIME),
            "day", Signature.returningNumber(Kind.DATETIME));

    /** What a function takes and what it gives, in OData's operand categories and WCF's Edm names. */
    private record Signature(List<Kind> parameters, Kind result, String edmName) {
        static Signature returningString(Kind... parameters) {
            return new Signature(List.of(parameters), Kind.STRING, "Edm.String");
        }

        static Signature returningNumber(Kind... parameters) {
            return new Signature(List.of(parameters), Kind.NUMBER, "Edm.Int32");
        }

        static Signature returningBoolean(Kind... parameters) {
            return new Signature(List.of(parameters), Kind.BOOLEAN, "Edm.Boolean");
        }

        /** Each argument of its parameter's kind, or null. */
        boolean accepts(List<FilterNode> args) {
            if (args.size() != parameters.size()) {
                return false;
            }
            for (int i = 0; i < args.size(); i++) {
                Kind k = args.get(i).kind();
                if (k != parameters.get(i) && k != Kind.NULL) {
                    return false;
                }
            }
            return true;
        }
    }

    private final String text;
    private final EntitySchema schema;
    private final List<Token> tokens;
    private final Set<String> properties = new LinkedHashSet<>();
    private int index;

    private FilterParser(String text, EntitySchema schema) {
        this.text = text;
        this.schema = schema;
        this.tokens = FilterLexer.tokenize(text);
    }

    /** The parsed expression plus the properties it mentions (for mandatory and bulk filter rules). */
    public record ParsedFilter(FilterNode root, Set<String> properties) {
    }

    public static ParsedFilter parse(String text, EntitySchema schema) {
        FilterParser parser = new FilterParser(text, schema);
        FilterNode root = parser.or();
        Token end = parser.peek();
        if (end.kind() != Token.Kind.EOF) {
            throw parser.syntax(end.position());
        }
        if (root.kind() != Kind.BOOLEAN) {
            throw new ODataSyntaxError("Expression of type '" + root.edmName() + "' expected to be of type 'System.Boolean'.");
        }
        return new ParsedFilter(root, parser.properties);
    }

    private FilterNode or() {
        return logical("or", this::and);
    }

    private FilterNode and() {
        return logical("and", this::not);
    }

    /** A chain of operands joined by "and" or "or", left to right, every operand a boolean. */
    private FilterNode logical(String keyword, Supplier<FilterNode> operand) {
        FilterNode left = operand.get();
        while (peek().isKeyword(keyword)) {
            Token op = take();
            FilterNode right = operand.get();
            if (left.kind() != Kind.BOOLEAN || right.kind() != Kind.BOOLEAN) {
                throw new ODataSyntaxError("Operator '" + keyword + "' incompatible with operand types '"
                        + left.edmName() + "' and '" + right.edmName() + "' at position " + op.position() + ".");
            }
            left = new FilterNode.Logical(keyword.equals("and"), left, right);
        }
        return left;
    }

    private FilterNode not() {
        if (peek().isKeyword("not")) {
            Token op = take();
            FilterNode inner = not();
            if (inner.kind() != Kind.BOOLEAN) {
                throw new ODataSyntaxError("Operator 'not' incompatible with operand type '" + inner.edmName()
                        + "' at position " + op.position() + ".");
            }
            return new FilterNode.Not(inner);
        }
        return comparison();
    }

    private FilterNode comparison() {
        FilterNode left = primary();
        Token op = peek();
        if (op.kind() == Token.Kind.IDENT && COMPARISONS.contains(op.text())) {
            take();
            FilterNode right = primary();
            if (!compatible(left.kind(), right.kind())
                    || (!op.text().equals("eq") && !op.text().equals("ne") && left.kind() == Kind.BOOLEAN)) {
                throw new ODataSyntaxError("Operator '" + op.text() + "' incompatible with operand types '"
                        + left.edmName() + "' and '" + right.edmName() + "' at position " + op.position() + ".");
            }
            return new FilterNode.Compare(op.text(), left, right);
        }
        return left;
    }

    private FilterNode primary() {
        Token t = take();
        switch (t.kind()) {
            case OPEN -> {
                FilterNode inner = or();
                expect(Token.Kind.CLOSE);
                return inner;
            }
            case STRING -> {
                return new FilterNode.Literal(t.value(), Kind.STRING, "Edm.String");
            }
            case GUID -> {
                return new FilterNode.Literal(t.value(), Kind.GUID, "Edm.Guid");
            }
            case DATETIME -> {
                return new FilterNode.Literal(t.value(), Kind.DATETIME, "Edm.DateTime");
            }
            case NUMBER -> {
                return new FilterNode.Literal(t.value(), Kind.NUMBER, numberEdmName(t.text()));
            }
            case IDENT -> {
                return identifier(t);
            }
            default -> throw new ODataSyntaxError("Expression expected at position " + t.position() + " in '" + text + "'.");
        }
    }

    private FilterNode identifier(Token t) {
        switch (t.text()) {
            case "true", "false" -> {
                return new FilterNode.Literal(Boolean.valueOf(t.text()), Kind.BOOLEAN, "Edm.Boolean");
            }
            case "null" -> {
                return new FilterNode.Literal(null, Kind.NULL, "null");
            }
            default -> {
                // fall through
            }
        }
        if (peek().kind() == Token.Kind.OPEN) {
            return function(t);
        }
        Field field = schema.field(t.text());
        if (field == null) {
            throw ODataSyntaxError.noProperty(schema, t.text(), t.position());
        }
        properties.add(field.name());
        return new FilterNode.Property(field.name(), kindOf(field.type()), field.type().edmName());
    }

    private FilterNode function(Token name) {
        Signature signature = FUNCTIONS.get(name.text());
        if (signature == null) {
            throw new ODataSyntaxError("Unknown function '" + name.text() + "' at position " + name.position() + ".");
        }
        expect(Token.Kind.OPEN);
        List<FilterNode> args = new ArrayList<>();
        if (peek().kind() != Token.Kind.CLOSE) {
            args.add(or());
            while (peek().kind() == Token.Kind.COMMA) {
                take();
                args.add(or());
            }
        }
        expect(Token.Kind.CLOSE);
        if (!signature.accepts(args)) {
            throw new ODataSyntaxError("No function signature for the function with name '" + name.text()
                    + "' matches the specified arguments at position " + name.position() + ".");
        }
        return new FilterNode.Function(name.text(), args, signature.result(), signature.edmName());
    }

    private static boolean compatible(Kind a, Kind b) {
        return a == b || a == Kind.NULL || b == Kind.NULL;
    }

    static Kind kindOf(EdmType type) {
        return switch (type) {
            case STRING -> Kind.STRING;
            case GUID -> Kind.GUID;
            case DATETIME -> Kind.DATETIME;
            case BOOLEAN -> Kind.BOOLEAN;
            case BINARY -> Kind.BINARY;
            default -> Kind.NUMBER;
        };
    }

    private static String numberEdmName(String literal) {
        char last = Character.toUpperCase(literal.charAt(literal.length() - 1));
        if (last == 'L') {
            return "Edm.Int64";
        }
        if (last == 'M') {
            return "Edm.Decimal";
        }
        if (last == 'D' || last == 'F' || literal.contains(".") || literal.contains("E") || literal.contains("e")) {
            return "Edm.Double";
        }
        return "Edm.Int32";
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token take() {
        Token t = tokens.get(index);
        if (t.kind() != Token.Kind.EOF) {
            index++;
        }
        return t;
    }

    private void expect(Token.Kind kind) {
        Token t = take();
        if (t.kind() != kind) {
            throw syntax(t.position());
        }
    }

    private ODataSyntaxError syntax(int position) {
        return new ODataSyntaxError("Syntax error at position " + position + " in '" + text + "'.");
    }
}
