package io.koppel.simulator.internal.odata;

import io.koppel.simulator.internal.model.EntitySchema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Applies filter, order, $skiptoken/$skip and server paging to rows given in key order. Like Exact, a page
 * holds at most the endpoint's page size (60, or 1000 on bulk); the rest is reached through {@code __next}.
 */
public final class Paging {
    private Paging() {
    }

    /**
     * @param nextSkipToken the key of the last row when more rows follow, else null
     * @param nextTop       what remains of $top for the next page, or null when no $top was given
     * @param count         the number of matching rows (for $inlinecount)
     */
    public record Page(List<Map<String, Object>> rows, Object nextSkipToken, Integer nextTop, int count) {
    }

    public static Page page(List<Map<String, Object>> keyOrdered, QueryOptions q, EntitySchema schema, int pageSize) {
        String key = schema.keyField();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : keyOrdered) {
            if (q.filter() == null || q.filter().root().test(row)) {
                rows.add(row);
            }
        }
        int count = rows.size();
        if (!q.orderBy().isEmpty()) {
            rows.sort(comparator(q.orderBy()));
        }
        int start = 0;
        if (q.skipToken() != null) {
            start = indexAfter(rows, key, q.skipToken(), q.orderBy().isEmpty());
        } else if (q.skip() != null) {
            start = Math.min(q.skip(), rows.size());
        }
        int limit = q.top() == null ? pageSize : Math.min(pageSize, q.top());
        int end = Math.min(rows.size(), start + limit);
        List<Map<String, Object>> page = rows.subList(start, end);
        boolean more = end < rows.size() && (q.top() == null || q.top() > page.size());
        Object token = more && !page.isEmpty() ? page.get(page.size() - 1).get(key) : null;
        Integer nextTop = more && q.top() != null ? q.top() - page.size() : null;
        return new Page(new ArrayList<>(page), token, nextTop, count);
    }

    private static int indexAfter(List<Map<String, Object>> rows, String key, Object token, boolean keyOrder) {
        for (int i = 0; i < rows.size(); i++) {
            Object k = rows.get(i).get(key);
            if (k.equals(token)) {
                return i + 1;
            }
            // the token row may have been deleted meanwhile; in key order we can still resume after it
            if (keyOrder && FilterNode.Values.compare(k, token) > 0) {
                return i;
            }
        }
        return rows.size();
    }

    private static Comparator<Map<String, Object>> comparator(List<OrderBy> terms) {
        Comparator<Map<String, Object>> result = null;
        for (OrderBy term : terms) {
            Comparator<Map<String, Object>> c = (a, b) -> {
                Object x = a.get(term.field());
                Object y = b.get(term.field());
                if (x == null || y == null) {
                    return x == y ? 0 : x == null ? -1 : 1;
                }
                return FilterNode.Values.compare(x, y);
            };
            if (term.descending()) {
                c = c.reversed();
            }
            result = result == null ? c : result.thenComparing(c);
        }
        return result;
    }
}
