package io.koppel.simulator.internal.store;

import io.koppel.simulator.internal.odata.FilterNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;

/**
 * Rows of one entity set in one division, in key order. Rows are immutable snapshots: a write replaces the
 * row, so readers never lock and never see a half-written record.
 */
public final class Table {
    private final ConcurrentSkipListMap<Object, Map<String, Object>> rows =
            new ConcurrentSkipListMap<>(FilterNode.Values::compare);

    public Map<String, Object> get(Object key) {
        return key == null ? null : rows.get(key);
    }

    public List<Map<String, Object>> all() {
        return new ArrayList<>(rows.values());
    }

    public Optional<Map<String, Object>> findFirst(Predicate<Map<String, Object>> condition) {
        return rows.values().stream().filter(condition).findFirst();
    }

    public List<Map<String, Object>> findAll(Predicate<Map<String, Object>> condition) {
        return rows.values().stream().filter(condition).toList();
    }

    public Map<String, Object> put(Object key, Map<String, Object> row) {
        Map<String, Object> frozen = Collections.unmodifiableMap(new LinkedHashMap<>(row));
        rows.put(key, frozen);
        return frozen;
    }

    public Map<String, Object> remove(Object key) {
        return rows.remove(key);
    }

    public int size() {
        return rows.size();
    }
}
