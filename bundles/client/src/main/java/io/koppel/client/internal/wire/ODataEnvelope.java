package io.koppel.client.internal.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Unwraps Exact's OData v2 JSON in all the shapes it comes in: {@code {"d":{"results":[...],"__next":..}}},
 * {@code {"d":{...one record...}}}, {@code {"d":[...]}}, and bare arrays or records without {@code d}.
 */
public final class ODataEnvelope {
    private ODataEnvelope() {
    }

    /** A collection response; a single record counts as a page of one. */
    public static ODataPage page(String body) {
        JsonNode root = parse(body);
        JsonNode d = root.has("d") ? root.get("d") : root;
        if (d == null || d.isNull()) {
            throw new MalformedResponseException("response has no data: " + abbreviate(body));
        }
        if (d.isArray()) {
            return new ODataPage(records(d), null, null);
        }
        if (!d.isObject()) {
            throw new MalformedResponseException("response data is neither object nor array: " + abbreviate(body));
        }
        JsonNode results = d.get("results");
        if (results != null && results.isArray()) {
            return new ODataPage(records(results), next(d), count(d));
        }
        if (d.size() == 0) {
            return new ODataPage(List.of(), null, null);
        }
        return new ODataPage(List.of(new JsonRecord(d)), null, null);
    }

    /** A response about one record (GET by key, or the echo of a POST). */
    public static JsonRecord single(String body) {
        ODataPage page = page(body);
        if (page.records().size() != 1) {
            throw new MalformedResponseException("expected one record, got " + page.records().size() + ": "
                    + abbreviate(body));
        }
        return page.records().get(0);
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw new MalformedResponseException("empty response body");
        }
        try {
            return Json.parse(body);
        } catch (JsonProcessingException e) {
            throw new MalformedResponseException("response is not JSON: " + abbreviate(body), e);
        }
    }

    private static List<JsonRecord> records(JsonNode array) {
        List<JsonRecord> records = new ArrayList<>(array.size());
        array.forEach(item -> {
            if (!item.isObject()) {
                throw new MalformedResponseException("a result is not a record: " + abbreviate(item.toString()));
            }
            records.add(new JsonRecord(item));
        });
        return records;
    }

    private static URI next(JsonNode d) {
        JsonNode next = d.get("__next");
        if (next == null || next.isNull() || next.asText().isBlank()) {
            return null;
        }
        try {
            return URI.create(next.asText().trim());
        } catch (IllegalArgumentException e) {
            throw new MalformedResponseException("__next is not a URI: " + next.asText(), e);
        }
    }

    // Exact sends __count as a string ("1234"); accept a number too
    private static Long count(JsonNode d) {
        JsonNode count = d.get("__count");
        if (count == null || count.isNull()) {
            return null;
        }
        return count.isNumber() ? count.longValue() : Long.valueOf(count.asText().trim());
    }

    static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
