package io.koppel.simulator.internal.http;

import io.koppel.simulator.internal.entities.BodyReader;
import io.koppel.simulator.internal.entities.EntityRegistry;
import io.koppel.simulator.internal.entities.EntitySet;
import io.koppel.simulator.internal.entities.RequestContext;
import io.koppel.simulator.internal.model.ApiError;
import io.koppel.simulator.internal.odata.KeyLiteral;
import io.koppel.simulator.internal.odata.ODataSyntaxError;
import io.koppel.simulator.internal.odata.Paging;
import io.koppel.simulator.internal.odata.QueryOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Runs one authorised API call against its entity set: GET (collection, key, navigation), POST, PUT, DELETE. */
public final class EntityDispatcher {
    static final String SELECT_REQUIRED = "Please add a $select or a $top=1 statement to the query string.";

    private final EntityRegistry registry;
    private final boolean strictSelect;

    public EntityDispatcher(EntityRegistry registry, boolean strictSelect) {
        this.registry = registry;
        this.strictSelect = strictSelect;
    }

    public Response dispatch(RequestContext ctx, ApiRoute route, Request req) {
        EntitySet set = registry.find(route.entityPath());
        if (set == null) {
            throw ApiError.notFound(route.entityPath().substring(route.entityPath().lastIndexOf('/') + 1));
        }
        Object key = route.keyLiteral() == null ? null : KeyLiteral.parse(route.keyLiteral(), set.schema().keyType());
        switch (req.method()) {
            case "GET":
                if (key == null) {
                    return collection(ctx, set, route, req);
                }
                return route.navigation() == null ? byKey(ctx, set, key, req) : navigation(ctx, set, key, route, req);
            case "POST":
                if (key != null) {
                    throw EntitySet.methodNotAllowed();
                }
                requireJsonBody(req);
                Map<String, Object> created = set.create(ctx, BodyReader.parse(req.body()));
                return Response.json(201, ODataWriter.single(ctx, set, created, null))
                        .header("Location", ODataWriter.uri(ctx, set, created.get(set.schema().keyField())));
            case "PUT":
                if (key == null) {
                    throw EntitySet.methodNotAllowed();
                }
                requireJsonBody(req);
                set.update(ctx, key, BodyReader.parse(req.body()));
                return Response.empty(204);
            case "DELETE":
                if (key == null) {
                    throw EntitySet.methodNotAllowed();
                }
                set.delete(ctx, key);
                return Response.empty(204);
            default:
                throw EntitySet.methodNotAllowed();
        }
    }

    private Response collection(RequestContext ctx, EntitySet set, ApiRoute route, Request req) {
        QueryOptions q = QueryOptions.parse(req.query(), set.schema());
        boolean topOne = q.top() != null && q.top() == 1;
        if (!q.hasSelect() && (set.selectRule() == EntitySet.SelectRule.MANDATORY
                || (strictSelect && set.selectRule() == EntitySet.SelectRule.SELECT_OR_TOP_ONE && !topOne))) {
            throw new ApiError(400, SELECT_REQUIRED);
        }
        List<String> mandatory = set.mandatoryFilterFields();
        if (!mandatory.isEmpty() && (q.filter() == null || q.filter().properties().stream().noneMatch(mandatory::contains))) {
            throw new ApiError(400, "This endpoint has mandatory filtering applied. A GET request for this endpoint "
                    + "must have a $filter parameter with one of the following fields in the url:"
                    + String.join(",", mandatory) + ".");
        }
        Set<String> filterable = set.filterableFields();
        if (filterable != null && q.filter() != null) {
            List<String> refused = new ArrayList<>(q.filter().properties());
            refused.removeAll(filterable);
            if (!refused.isEmpty()) {
                throw new ApiError(400, "Filtering on these fields is not supported: " + String.join(", ", refused));
            }
        }
        Paging.Page page = Paging.page(set.rows(ctx), q, set.schema(), set.pageSize());
        String next = page.nextSkipToken() == null ? null : nextLink(ctx, route, req, page);
        return Response.json(200, ODataWriter.collection(ctx, set, page.rows(), q,
                q.inlineCount() ? page.count() : null, next));
    }

    private Response byKey(RequestContext ctx, EntitySet set, Object key, Request req) {
        Map<String, Object> row = set.find(ctx, key);
        if (row == null) {
            throw ApiError.notFound(set.path().substring(set.path().lastIndexOf('/') + 1));
        }
        return Response.json(200, ODataWriter.single(ctx, set, row, QueryOptions.parse(req.query(), set.schema())));
    }

    private Response navigation(RequestContext ctx, EntitySet set, Object key, ApiRoute route, Request req) {
        Map<String, Object> row = set.find(ctx, key);
        EntitySet target = set.navigationTarget(route.navigation());
        if (row == null || target == null || !set.schema().navigations().contains(route.navigation())) {
            throw ApiError.notFound(route.navigation());
        }
        QueryOptions q = QueryOptions.parse(req.query(), target.schema());
        List<Map<String, Object>> rows = set.navigate(ctx, row, route.navigation());
        Paging.Page page = Paging.page(rows, q, target.schema(), target.pageSize());
        return Response.json(200, ODataWriter.collection(ctx, target, page.rows(), q, null, null));
    }

    /** __next: the same URL with $skiptoken set to the last key (and $top reduced), always absolute. */
    private static String nextLink(RequestContext ctx, ApiRoute route, Request req, Paging.Page page) {
        StringBuilder url = new StringBuilder(ctx.apiBase()).append('/').append(ctx.division().code()).append('/')
                .append(route.entityPath()).append('?');
        if (req.rawQuery() != null) {
            for (String part : req.rawQuery().split("&")) {
                String name = Forms.decode(part.contains("=") ? part.substring(0, part.indexOf('=')) : part);
                if (!name.equals("$skiptoken") && !name.equals("$top") && !part.isEmpty()) {
                    url.append(part).append('&');
                }
            }
        }
        if (page.nextTop() != null) {
            url.append("$top=").append(page.nextTop()).append('&');
        }
        url.append("$skiptoken=").append(KeyLiteral.format(page.nextSkipToken()));
        return url.toString();
    }

    private static void requireJsonBody(Request req) {
        String type = req.header("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).contains("json")) {
            throw new ODataSyntaxError("Content-Type header value missing or not supported; send application/json.");
        }
    }
}
