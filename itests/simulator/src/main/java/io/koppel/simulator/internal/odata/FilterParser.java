package io.koppel.simulator.internal.odata;

import io.koppel.simulator.internal.model.EdmType;
import io.koppel.simulator.internal.model.EntitySchema;
import io.koppel.simulator.internal.model.Field;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recursive-descent parser for the OData v2 $filter subset Exact clients use:
 * {@code or > and > not > comparison (eq ne gt ge lt le) > primary}, with parentheses, literals and the
 * functions trim, tolower, toupper, length, substringof, startswith, endswith, year, month, day.
 * Type errors are reported with WCF Data Services' messages, as Exact does.
 */
public final class FilterParser {
    private static final Set<String> COMPARISONS = Set.of("eq", "ne", "gt", "ge", "lt", "le");
    private static final Map<String, FilterNode.Kind[]> FUNCTIONS = Map.of(
            "trim", new FilterNode.Kind[]{FilterNode.Kind.STRING},
            "tolower", new FilterNode.Kind[]{FilterNode.Kind.STRING},
            "toupper", new FilterNode.Kind[]{FilterNode.Kind.STRING},
            "length", new FilterNode.Kind[]{FilterNode.Kind.STRING},
            "substringof", new FilterNode.Kind[]{FilterNode.Kind.STRING, FilterNode.Kind.STRING},
            "startswith", new FilterNode.Kind[]{FilterNode.Kind.STRING, FilterNode.Kind.STRING},
            "endswith", new FilterNode.Kind[]{FilterNode.Kind.STRING, FilterNode.Kind.STRING},
            "year", new FilterNode.Kind[]{FilterNode.Kind.DATETIME},
            "month", new FilterNode.Kind[]{FilterNode.Kind.DATETIME},
            "day", new FilterNode.Kind[]{FilterNode.Kind.DATETIME});

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
        if (root.kind() != FilterNode.Kind.BOOLEAN) {
            throw new ODataSyntaxError("Expression of type '" + root.edmName() + "' expected to be of type 'System.Boolean'.");
        }
        return new ParsedFilter(root, parser.properties);
    }

    private FilterNode or() {
        FilterNode left = and();
        while (peek().isKeyword("or")) {
            Token op = take();
            FilterNode right = and();
            requireBoolean("or", left, right, op.position());
            left = new FilterNode.Logical(false, left, right);
        }
        return left;
    }

    private FilterNode and() {
        FilterNode left = not();
        while (peek().isKeyword("and")) {
            Token op = take();
            FilterNode right = not();
            requireBoolean("and", left, right, op.position());
            left = new FilterNode.Logical(true, left, right);
        }
        return left;
    }

    private FilterNode not() {
        if (peek().isKeyword("not")) {
            Token op = take();
            FilterNode inner = not();
            if (inner.kind() != FilterNode.Kind.BOOLEAN) {
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
                    || (!op.text().equals("eq") && !op.text().equals("ne") && left.kind() == FilterNode.Kind.BOOLEAN)) {
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
                return new FilterNode.Literal(t.value(), FilterNode.Kind.STRING, "Edm.String");
            }
            case GUID -> {
                return new FilterNode.Literal(t.value(), FilterNode.Kind.GUID, "Edm.Guid");
            }
            case DATETIME -> {
                return new FilterNode.Literal(t.value(), FilterNode.Kind.DATETIME, "Edm.DateTime");
            }
            case NUMBER -> {
                return new FilterNode.Literal(t.value(), FilterNode.Kind.NUMBER, numberEdmName(t.text()));
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
                return new FilterNode.Literal(Boolean.valueOf(t.text()), FilterNode.Kind.BOOLEAN, "Edm.Boolean");
            }
            case "null" -> {
                return new FilterNode.Literal(null, FilterNode.Kind.NULL, "null");
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
            throw new ODataSyntaxError("No property '" + t.text() + "' exists in type '" + schema.typeName()
                    + "' at position " + t.position() + ".");
        }
        properties.add(field.name());
        return new FilterNode.Property(field.name(), kindOf(field.type()), field.type().edmName());
    }

    private FilterNode function(Token name) {
        FilterNode.Kind[] signature = FUNCTIONS.get(name.text());
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
        if (args.size() != signature.length) {
            throw new ODataSyntaxError("No function signature for the function with name '" + name.text()
                    + "' matches the specified arguments at position " + name.position() + ".");
        }
        for (int i = 0; i < signature.length; i++) {
            FilterNode.Kind k = args.get(i).kind();
            if (k != signature[i] && k != FilterNode.Kind.NULL) {
                throw new ODataSyntaxError("No function signature for the function with name '" + name.text()
                        + "' matches the specified arguments at position " + name.position() + ".");
            }
        }
        return switch (name.text()) {
            case "trim", "tolower", "toupper" -> new FilterNode.Function(name.text(), args, FilterNode.Kind.STRING, "Edm.String");
            case "length", "year", "month", "day" -> new FilterNode.Function(name.text(), args, FilterNode.Kind.NUMBER, "Edm.Int32");
            default -> new FilterNode.Function(name.text(), args, FilterNode.Kind.BOOLEAN, "Edm.Boolean");
        };
    }

    private void requireBoolean(String op, FilterNode left, FilterNode right, int position) {
        if (left.kind() != FilterNode.Kind.BOOLEAN || right.kind() != FilterNode.Kind.BOOLEAN) {
            throw new ODataSyntaxError("Operator '" + op + "' incompatible with operand types '" + left.edmName()
                    + "' and '" + right.edmName() + "' at position " + position + ".");
        }
    }

    private static boolean compatible(FilterNode.Kind a, FilterNode.Kind b) {
        return a == b || a == FilterNode.Kind.NULL || b == FilterNode.Kind.NULL;
    }

    static FilterNode.Kind kindOf(EdmType type) {
        return switch (type) {
            case STRING -> FilterNode.Kind.STRING;
            case GUID -> FilterNode.Kind.GUID;
            case DATETIME -> FilterNode.Kind.DATETIME;
            case BOOLEAN -> FilterNode.Kind.BOOLEAN;
            case BINARY -> FilterNode.Kind.BINARY;
            default -> FilterNode.Kind.NUMBER;
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
