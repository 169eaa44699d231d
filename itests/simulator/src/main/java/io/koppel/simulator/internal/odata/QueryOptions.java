package io.koppel.simulator.internal.odata;

import io.koppel.simulator.internal.model.EntitySchema;

import java.util.ArrayList;
import java.util.Arrays;
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
        List<String> fields = new ArrayList<>();
        for (String name : terms(text)) {
            if (name.equals("*")) {
                // Exact: never use $select=*; it is accepted and means everything
                return Collections.emptyList();
            }
            fields.add(known(name, schema.hasProperty(name), text, schema));
        }
        return fields;
    }

    private static List<OrderBy> orderBy(String text, EntitySchema schema) {
        List<OrderBy> orderBy = new ArrayList<>();
        for (String term : terms(text)) {
            String[] words = term.split("\\s+");
            boolean desc = words.length > 1 && words[1].equalsIgnoreCase("desc");
            orderBy.add(new OrderBy(known(words[0], schema.field(words[0]) != null, text, schema), desc));
        }
        return orderBy;
    }

    private static List<String> expand(String text, EntitySchema schema) {
        List<String> navigations = new ArrayList<>();
        for (String name : terms(text)) {
            navigations.add(known(name, schema.navigations().contains(name), text, schema));
        }
        return navigations;
    }

    /** The comma-separated terms of an option, trimmed; none when the option is absent or blank. */
    private static List<String> terms(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).toList();
    }

    private static String known(String name, boolean exists, String text, EntitySchema schema) {
        if (!exists) {
            throw ODataSyntaxError.noProperty(schema, name, text.indexOf(name));
        }
        return name;
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
