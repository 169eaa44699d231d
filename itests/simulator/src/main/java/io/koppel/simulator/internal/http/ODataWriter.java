package io.koppel.simulator.internal.http;

import com.fasterxml.jackson.core.JsonGenerator;
import io.koppel.simulator.internal.entities.EntitySet;
import io.koppel.simulator.internal.entities.RequestContext;
import io.koppel.simulator.internal.model.EdmValues;
import io.koppel.simulator.internal.model.EntitySchema;
import io.koppel.simulator.internal.model.Field;
import io.koppel.simulator.internal.model.Json;
import io.koppel.simulator.internal.odata.KeyLiteral;
import io.koppel.simulator.internal.odata.QueryOptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Renders the OData v2 JSON envelope: {"d":{"results":[...],"__next":"..."}} for collections and {"d":{...}}
 * for one record, each record with __metadata and navigation properties as __deferred (or expanded results).
 */
public final class ODataWriter {
    private ODataWriter() {
    }

    public static byte[] collection(RequestContext ctx, EntitySet set, List<Map<String, Object>> rows, QueryOptions q,
                                    Integer count, String next) {
        return write(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("d");
            if (count != null) {
                g.writeStringField("__count", String.valueOf(count));
            }
            g.writeArrayFieldStart("results");
            for (Map<String, Object> row : rows) {
                entity(g, ctx, set, row, q);
            }
            g.writeEndArray();
            if (next != null) {
                g.writeStringField("__next", next);
            }
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    public static byte[] single(RequestContext ctx, EntitySet set, Map<String, Object> row, QueryOptions q) {
        return write(g -> {
            g.writeStartObject();
            g.writeFieldName("d");
            entity(g, ctx, set, row, q);
            g.writeEndObject();
        });
    }

    public static String uri(RequestContext ctx, EntitySet set, Object key) {
        if (ctx.division() == null) {
            return ctx.apiBase() + "/" + set.path() + "(" + KeyLiteral.format(key) + ")";
        }
        return ctx.entityUri(set.path(), key);
    }

    private static void entity(JsonGenerator g, RequestContext ctx, EntitySet set, Map<String, Object> row,
                               QueryOptions q) throws IOException {
        EntitySchema schema = set.schema();
        String uri = uri(ctx, set, row.get(schema.keyField()));
        g.writeStartObject();
        g.writeObjectFieldStart("__metadata");
        g.writeStringField("uri", uri);
        g.writeStringField("type", schema.typeName());
        g.writeEndObject();
        List<String> select = q == null ? List.of() : q.select();
        for (Field f : schema.fields()) {
            if (select.isEmpty() || select.contains(f.name())) {
                g.writeFieldName(f.name());
                EdmValues.write(g, row.get(f.name()));
            }
        }
        for (String nav : schema.navigations()) {
            if (!select.isEmpty() && !select.contains(nav)) {
                continue;
            }
            g.writeObjectFieldStart(nav);
            if (q != null && q.expand().contains(nav)) {
                g.writeArrayFieldStart("results");
                EntitySet target = set.navigationTarget(nav);
                for (Map<String, Object> child : set.navigate(ctx, row, nav)) {
                    entity(g, ctx, target, child, null);
                }
                g.writeEndArray();
            } else {
                g.writeObjectFieldStart("__deferred");
                g.writeStringField("uri", uri + "/" + nav);
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
