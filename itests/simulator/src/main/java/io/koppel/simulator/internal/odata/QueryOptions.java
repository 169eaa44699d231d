package io.koppel.simulator.internal.odata;

import io.koppel.simulator.internal.model.EntitySchema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The OData system query options of one GET, parsed and checked against the entity's schema. */
public record QueryOptions(FilterParser.ParsedFilter filter, List<String> select, Integer top, Integer skip,
                           List<OrderBy> orderBy, Object skipToken, List<String> expand, boolean inlineCount) {

    public static QueryOptions parse(Map<String, String> params, EntitySchema schema) {
        String filterText = params.get("$filter");
        FilterParser.ParsedFilter filter = filterText == null || filterText.isBlank()
                ? null : FilterParser.parse(filterText, schema);
        return new QueryOptions(filter,
                select(params.get("$select"), schema),
                number(params.get("$top"), "$top"),
                number(params.get("$skip"), "$skip"),
                orderBy(params.get("$orderby"), schema),
                params.containsKey("$skiptoken") ? KeyLiteral.parse(params.get("$skiptoken"), schema.keyType()) : null,
                expand(params.get("$expand"), schema),
                "allpages".equals(params.get("$inlinecount")));
    }

    public boolean hasSelect() {
        return !select.isEmpty();
    }

    private static List<String> select(String text, EntitySchema schema) {
        if (text == null || text.isBlank()) {
            return Collections.emptyList();
        }
        List<String> fields = new ArrayList<>();
        for (String part : text.split(",")) {
            String name = part.trim();
            if (name.equals("*")) {
                // Exact: never use $select=*; it is accepted and means everything
                return Collections.emptyList();
            }
            if (!schema.hasProperty(name)) {
                throw new ODataSyntaxError("No property '" + name + "' exists in type '" + schema.typeName()
                        + "' at position " + text.indexOf(name) + ".");
            }
            fields.add(name);
        }
        return fields;
    }

    private static List<OrderBy> orderBy(String text, EntitySchema schema) {
        if (text == null || text.isBlank()) {
            return Collections.emptyList();
        }
        List<OrderBy> terms = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] words = part.trim().split("\\s+");
            if (schema.field(words[0]) == null) {
                throw new ODataSyntaxError("No property '" + words[0] + "' exists in type '" + schema.typeName()
                        + "' at position " + text.indexOf(words[0]) + ".");
            }
            boolean desc = words.length > 1 && words[1].equalsIgnoreCase("desc");
            terms.add(new OrderBy(words[0], desc));
        }
        return terms;
    }

    private static List<String> expand(String text, EntitySchema schema) {
        if (text == null || text.isBlank()) {
            return Collections.emptyList();
        }
        List<String> navs = new ArrayList<>();
        for (String part : text.split(",")) {
            String name = part.trim();
            if (!schema.navigations().contains(name)) {
                throw new ODataSyntaxError("No property '" + name + "' exists in type '" + schema.typeName()
                        + "' at position " + text.indexOf(name) + ".");
            }
            navs.add(name);
        }
        return navs;
    }

    private static Integer number(String text, String option) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ODataSyntaxError("Invalid integer value '" + text + "' specified for " + option + ".");
        }
    }
}
