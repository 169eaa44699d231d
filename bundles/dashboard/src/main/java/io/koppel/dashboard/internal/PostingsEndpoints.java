package io.koppel.dashboard.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.koppel.api.KoppelException;
import io.koppel.api.Page;
import io.koppel.api.PageRequest;
import io.koppel.api.posting.Posting;
import io.koppel.api.posting.PostingAdministration;
import io.koppel.api.posting.PostingColumn;
import io.koppel.api.posting.PostingQuery;
import io.koppel.api.posting.PostingService;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The postings overview: a page, posting again, resetting Fatal, the Excel export. */
record PostingsEndpoints(PostingService postings, PostingAdministration administration, ZoneId zone) {
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 500;
    private static final int MAX_SELECTION = 10_000;

    void register(Map<String, Endpoint> routes) {
        routes.put("GET postings", Endpoint.get(Role.CLERK, this::page));
        routes.put("POST postings/repost", Endpoint.post(Role.CLERK, this::repost));
        routes.put("POST postings/reset-fatal", Endpoint.post(Role.ADMIN, this::resetFatal));
        routes.put("GET postings.xlsx", Endpoint.get(Role.CLERK, this::export));
    }

    /**
     * The query of the page's parameters: {@code search}, {@code sort} (a column key), {@code direction}
     * ({@code asc} or {@code desc}), {@code hostEntity} and a {@code filter.<column key>} per column filter.
     */
    static PostingQuery query(Call call) {
        PostingQuery query = PostingQuery.all();
        if (call.parameter("hostEntity").isPresent()) {
            query = query.withHostEntity(call.parameter("hostEntity").get());
        }
        if (call.parameter("search").isPresent()) {
            query = query.withSearch(call.parameter("search").get());
        }
        for (PostingColumn column : PostingColumn.values()) {
            query = query.withColumnFilter(column, call.parameter("filter." + column.key()).orElse(null));
        }
        if (call.parameter("sort").isPresent()) {
            query = query.sortedBy(PostingColumn.ofKey(call.parameter("sort").get()),
                    !"desc".equals(call.parameter("direction").orElse("asc")));
        }
        return query;
    }

    private Object page(Call call) {
        int limit = Math.min(MAX_LIMIT, Math.max(1, call.intParameter("limit", DEFAULT_LIMIT)));
        int offset = Math.max(0, call.intParameter("offset", 0));
        long started = System.nanoTime();
        Page<Posting> page = postings.postings(query(call), new PageRequest(offset, limit));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("total", page.total());
        answer.put("offset", offset);
        answer.put("limit", limit);
        answer.put("items", page.items().stream().map(posting -> row(posting, call.locale())).toList());
        answer.put("millis", (System.nanoTime() - started) / 1_000_000);
        return answer;
    }

    private Object repost(Call call) throws IOException {
        List<String> numbers = documentNumbers(call);
        List<Posting> after = postings.repost(numbers);
        return Map.of("items", after.stream().map(posting -> row(posting, call.locale())).toList());
    }

    private Object resetFatal(Call call) throws IOException {
        List<Object> items = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String number : documentNumbers(call)) {
            try {
                items.add(row(administration.resetFatal(number), call.locale()));
            } catch (KoppelException notFatal) {
                refused.add(number);
            }
        }
        return Map.of("items", items, "refused", refused);
    }

    private Object export(Call call) throws IOException {
        String stamp = ZonedDateTime.now(zone).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"));
        call.response().setContentType(PostingsWorkbook.CONTENT_TYPE);
        call.response().setHeader("Content-Disposition", "attachment; filename=\"koppel-postings-" + stamp + ".xlsx\"");
        new PostingsWorkbook(postings, zone).write(query(call), call.locale(), call.response().getOutputStream());
        return null;
    }

    private static List<String> documentNumbers(Call call) throws IOException {
        JsonNode numbers = call.body().get("documentNumbers");
        if (numbers == null || !numbers.isArray() || numbers.size() > MAX_SELECTION) {
            throw new Call.BadRequest("documentNumbers: a list of at most " + MAX_SELECTION + " document numbers");
        }
        List<String> list = new ArrayList<>();
        numbers.forEach(number -> list.add(number.asText()));
        return list;
    }

    static Map<String, Object> row(Posting posting, Locale locale) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("documentNumber", posting.documentNumber());
        row.put("invoice", posting.hostInvoiceId());
        row.put("hostEntity", posting.hostEntity());
        row.put("name", posting.name());
        row.put("title", posting.title());
        row.put("type", posting.type().name());
        row.put("typeLabel", posting.type().label(locale));
        row.put("amount", posting.amount().toPlainString());
        row.put("ogm", posting.ogm());
        row.put("status", posting.status().name());
        row.put("statusLabel", posting.status().label(locale));
        row.put("reason", posting.reason().map(reason -> reason.text(locale)).orElse(null));
        row.put("entryNumber", posting.exactEntryNumber().orElse(null));
        row.put("attempts", posting.attempts());
        row.put("sent", posting.sentAt().toString());
        row.put("processed", posting.processedAt().map(Object::toString).orElse(null));
        return row;
    }
}
