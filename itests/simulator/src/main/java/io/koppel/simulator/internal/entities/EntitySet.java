package io.koppel.simulator.internal.entities;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.koppel.simulator.internal.model.ApiError;
import io.koppel.simulator.internal.model.EntitySchema;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** One Exact endpoint ({service}/{Entity}): its schema, paging rules and the methods it supports. */
public interface EntitySet {

    /** How an endpoint treats a collection GET without $select. */
    enum SelectRule {
        OPTIONAL,
        /** "Please add a $select or a $top=1 statement to the query string." (only with strict select) */
        SELECT_OR_TOP_ONE,
        /** Bulk endpoints: $select is mandatory. */
        MANDATORY
    }

    /** The path after the division, e.g. "salesentry/SalesEntries". */
    String path();

    EntitySchema schema();

    default int pageSize() {
        return 60;
    }

    default SelectRule selectRule() {
        return SelectRule.OPTIONAL;
    }

    /** Non-empty: an unfiltered GET is refused unless $filter names one of these (Exact's mandatory filtering). */
    default List<String> mandatoryFilterFields() {
        return List.of();
    }

    /** Non-null: the only fields $filter may use (bulk endpoints). */
    default Set<String> filterableFields() {
        return null;
    }

    /** All rows in key order. */
    List<Map<String, Object>> rows(RequestContext ctx);

    default Map<String, Object> find(RequestContext ctx, Object key) {
        String keyField = schema().keyField();
        return rows(ctx).stream().filter(r -> key.equals(r.get(keyField))).findFirst().orElse(null);
    }

    default Map<String, Object> create(RequestContext ctx, ObjectNode body) {
        throw methodNotAllowed();
    }

    default void update(RequestContext ctx, Object key, ObjectNode body) {
        throw methodNotAllowed();
    }

    default void delete(RequestContext ctx, Object key) {
        throw methodNotAllowed();
    }

    /** Rows of a navigation property (e.g. SalesEntryLines of one entry). */
    default List<Map<String, Object>> navigate(RequestContext ctx, Map<String, Object> row, String navigation) {
        return List.of();
    }

    /** The entity set a navigation property leads to, for rendering its rows. */
    default EntitySet navigationTarget(String navigation) {
        return null;
    }

    static ApiError methodNotAllowed() {
        return new ApiError(405, "The requested method is not allowed on this resource.");
    }
}
