package io.koppel.simulator.internal.entities;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.koppel.simulator.internal.model.ApiError;
import io.koppel.simulator.internal.model.EntitySchema;
import io.koppel.simulator.internal.model.Problems;
import io.koppel.simulator.internal.store.Table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An entity set stored one-to-one in a division table. */
public abstract class TableEntitySet implements EntitySet {
    private final String path;
    private final EntitySchema schema;
    private final String tableName;
    private final List<String> mandatoryFilterFields;

    protected TableEntitySet(String path, EntitySchema schema, String tableName) {
        this(path, schema, tableName, List.of());
    }

    /**
     * @param mandatoryFilterFields for an endpoint with a sync counterpart: Exact refuses a GET whose $filter names
     *     none of these
     */
    protected TableEntitySet(String path, EntitySchema schema, String tableName, List<String> mandatoryFilterFields) {
        this.path = path;
        this.schema = schema;
        this.tableName = tableName;
        this.mandatoryFilterFields = List.copyOf(mandatoryFilterFields);
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public EntitySchema schema() {
        return schema;
    }

    /** Like Exact's entities of a division: a collection read names its fields or asks for one record. */
    @Override
    public SelectRule selectRule() {
        return SelectRule.SELECT_OR_TOP_ONE;
    }

    @Override
    public List<String> mandatoryFilterFields() {
        return mandatoryFilterFields;
    }

    @Override
    public List<Map<String, Object>> rows(RequestContext ctx) {
        return table(ctx).all();
    }

    @Override
    public Map<String, Object> find(RequestContext ctx, Object key) {
        return table(ctx).get(key);
    }

    public String tableName() {
        return tableName;
    }

    protected Table table(RequestContext ctx) {
        return ctx.division().table(tableName);
    }

    /** A new row with every field present (null unless set), plus key, division and audit fields. */
    protected Map<String, Object> newRow(RequestContext ctx, UUID id) {
        return schema.newRow(id, ctx.division().code(), ctx.now());
    }

    /** The last part of the path: the entity's webhook topic, and what a 404 says was not found. */
    protected String entityName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Tells the webhook subscriptions to this set's topic about a committed Create, Update or Delete. */
    protected void announce(RequestContext ctx, String action, Object key) {
        ctx.changes().changed(ctx, entityName(), action, (UUID) key, path);
    }

    protected Map<String, Object> requireRow(RequestContext ctx, Object key) {
        Map<String, Object> row = find(ctx, key);
        if (row == null) {
            throw ApiError.notFound(entityName());
        }
        return row;
    }

    /** Removes a row that must exist. */
    protected void removeRow(RequestContext ctx, Object key) {
        ctx.division().write(() -> {
            requireRow(ctx, key);
            table(ctx).remove(key);
            return null;
        });
    }

    /** How a POST or PUT fills a row: it checks the body's values, throws what is wrong, then sets them. */
    protected interface RowChange {
        void apply(Map<String, Object> row, Map<String, Object> values, Problems problems);
    }

    /** A POST: a new row filled with the body's writable values, stored under the division's write lock. */
    protected Map<String, Object> createRow(RequestContext ctx, ObjectNode body, RowChange change) {
        Map<String, Object> values = BodyReader.writable(body, schema);
        return ctx.division().write(() -> {
            Map<String, Object> row = newRow(ctx, UUID.randomUUID());
            change.apply(row, values, ctx.problems());
            return table(ctx).put(row.get(schema.keyField()), row);
        });
    }

    /** A PUT of the body's writable values onto a row that must exist, saved under the division's write lock. */
    protected void updateRow(RequestContext ctx, Object key, ObjectNode body, RowChange change) {
        Map<String, Object> values = BodyReader.writable(body, schema);
        ctx.division().write(() -> {
            Map<String, Object> row = new LinkedHashMap<>(requireRow(ctx, key));
            change.apply(row, values, ctx.problems());
            return save(ctx, row);
        });
    }

    /** Stores a changed copy of a row with a fresh Modified stamp. */
    protected Map<String, Object> save(RequestContext ctx, Map<String, Object> row) {
        Map<String, Object> copy = new LinkedHashMap<>(row);
        if (schema.field("Modified") != null) {
            copy.put("Modified", ctx.now());
        }
        return table(ctx).put(copy.get(schema.keyField()), copy);
    }
}
