package io.koppel.client.internal.ops;

import io.koppel.client.CallContext;
import io.koppel.client.ODataFilter;
import io.koppel.client.internal.wire.JsonRecord;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * One entity set of Exact's API: its path, the fields Koppel reads (every read sends them as {@code $select};
 * Exact refuses some reads without, and it keeps responses small) and how a record becomes a model value.
 */
public record Endpoint<T>(String path, List<String> fields, Function<JsonRecord, T> reader) {

    public Endpoint {
        fields = List.copyOf(fields);
    }

    public String select() {
        return String.join(",", fields);
    }

    public URI collection(CallContext ctx, ODataFilter filter) {
        return ApiUrl.entity(ctx.siteBaseUri(), ctx.division(), path)
                .param("$filter", filter.expression())
                .param("$select", select())
                .toUri();
    }

    public URI byKey(CallContext ctx, UUID key) {
        return ApiUrl.entity(ctx.siteBaseUri(), ctx.division(), path, key).param("$select", select()).toUri();
    }

    /** The address to POST to or, with a key, to PUT and DELETE: no query. */
    public URI target(CallContext ctx) {
        return ApiUrl.entity(ctx.siteBaseUri(), ctx.division(), path).toUri();
    }

    public URI target(CallContext ctx, UUID key) {
        return ApiUrl.entity(ctx.siteBaseUri(), ctx.division(), path, key).toUri();
    }
}
