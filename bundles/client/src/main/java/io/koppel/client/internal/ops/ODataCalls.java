package io.koppel.client.internal.ops;

import io.koppel.client.CallContext;
import io.koppel.client.ExactTransientException;
import io.koppel.client.ODataFilter;
import io.koppel.client.internal.http.HttpResponse;
import io.koppel.client.internal.wire.Json;
import io.koppel.client.internal.wire.JsonBody;
import io.koppel.client.internal.wire.JsonRecord;
import io.koppel.client.internal.wire.MalformedResponseException;
import io.koppel.client.internal.wire.ODataEnvelope;
import io.koppel.client.internal.wire.ODataPage;
import io.koppel.client.model.SyncPage;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The OData verbs on top of {@link ApiCaller}, each on an {@link Endpoint}: read all pages, read a sync page, read
 * one, create, update.
 */
public record ODataCalls(ApiCaller caller) {

    public <T> List<T> list(CallContext ctx, String operation, Endpoint<T> endpoint, ODataFilter filter) {
        return list(ctx, operation, endpoint.collection(ctx, filter), endpoint.reader());
    }

    /**
     * Reads every page, following {@code __next} verbatim: Exact's skip tokens are its own business, and a
     * {@code $skip} built here could skip or repeat records that change meanwhile.
     */
    public <T> List<T> list(CallContext ctx, String operation, URI first, Function<JsonRecord, T> reader) {
        List<T> all = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        URI next = first;
        while (next != null) {
            if (!seen.add(next)) {
                throw new ExactTransientException("Exact's paging came back to " + next, 200, true, null);
            }
            HttpResponse response = caller.call(ctx, operation, "GET", next, null);
            ODataPage page = read(response, body -> {
                ODataPage parsed = ODataEnvelope.page(body);
                parsed.records().forEach(record -> all.add(reader.apply(record)));
                return parsed;
            });
            next = page.next();
            if (next != null) {
                requireSameSite(ctx, next);
            }
        }
        return all;
    }

    /**
     * Reads one page (1,000 records) of a sync endpoint: what changed after the Timestamp {@code since}. Its
     * {@code __next} is not followed: the caller asks again after the page's highest Timestamp, once it has stored
     * what it read together with that cursor.
     */
    public <T> SyncPage<T> syncPage(CallContext ctx, String operation, Endpoint<T> endpoint, long since,
                                    ToLongFunction<T> timestamp) {
        URI uri = endpoint.collection(ctx, ODataFilter.gt("Timestamp", since));
        HttpResponse response = caller.call(ctx, operation, "GET", uri, null);
        return read(response, body -> {
            ODataPage parsed = ODataEnvelope.page(body);
            List<T> records = new ArrayList<>(parsed.records().size());
            long last = since;
            for (JsonRecord record : parsed.records()) {
                T value = endpoint.reader().apply(record);
                last = Math.max(last, timestamp.applyAsLong(value));
                records.add(value);
            }
            return new SyncPage<>(records, last, parsed.next() != null);
        });
    }

    public <T> T one(CallContext ctx, String operation, Endpoint<T> endpoint, UUID key) {
        return single(caller.call(ctx, operation, "GET", endpoint.byKey(ctx, key), null), endpoint);
    }

    /** POSTs the record; Exact answers 201 with the stored record (we ask for it with Prefer). */
    public <T> T create(CallContext ctx, String operation, Endpoint<T> endpoint, JsonBody body) {
        return single(caller.call(ctx, operation, "POST", endpoint.target(ctx), Json.write(body.node())), endpoint);
    }

    /** PUT answers 204 without a body. */
    public void update(CallContext ctx, String operation, Endpoint<?> endpoint, UUID key, JsonBody body) {
        caller.call(ctx, operation, "PUT", endpoint.target(ctx, key), Json.write(body.node()));
    }

    private static <T> T single(HttpResponse response, Endpoint<T> endpoint) {
        return read(response, body -> endpoint.reader().apply(ODataEnvelope.single(body)));
    }

    private static <R> R read(HttpResponse response, Function<String, R> parser) {
        try {
            return parser.apply(response.body());
        } catch (MalformedResponseException | IllegalArgumentException | ArithmeticException e) {
            // a write was carried out even if its echo cannot be read
            throw new ExactTransientException("unreadable answer from Exact: " + e.getMessage(),
                    response.status(), true, e);
        }
    }

    // The bearer token goes with every page; a __next pointing at another host must not get it.
    private static void requireSameSite(CallContext ctx, URI next) {
        URI site = ctx.siteBaseUri();
        boolean same = Objects.equals(lower(site.getScheme()), lower(next.getScheme()))
                && Objects.equals(lower(site.getHost()), lower(next.getHost()))
                && port(site) == port(next);
        if (!same) {
            throw new ExactTransientException("Exact's __next leaves the site " + site + ": " + next, 200, true,
                    null);
        }
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
