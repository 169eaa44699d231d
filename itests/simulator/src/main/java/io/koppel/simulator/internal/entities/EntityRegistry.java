package io.koppel.simulator.internal.entities;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Finds the entity set for a URL path; Exact matches service and entity names case-insensitively. */
public final class EntityRegistry {
    private final Map<String, EntitySet> sets = new LinkedHashMap<>();

    public EntityRegistry register(EntitySet set) {
        sets.put(set.path().toLowerCase(Locale.ROOT), set);
        return this;
    }

    public EntitySet find(String path) {
        return sets.get(path.toLowerCase(Locale.ROOT));
    }

    public Collection<EntitySet> all() {
        return sets.values();
    }
}
