package io.koppel.simulator.internal.model;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of one entity type: its Exact type name, key and properties in Exact's order, plus navigation
 * properties (collections rendered as {@code __deferred} unless expanded).
 */
public final class EntitySchema {
    private final String typeName;
    private final String keyField;
    private final Map<String, Field> fields;
    private final Set<String> navigations;

    private EntitySchema(String typeName, String keyField, Map<String, Field> fields, Set<String> navigations) {
        this.typeName = typeName;
        this.keyField = keyField;
        this.fields = Collections.unmodifiableMap(fields);
        this.navigations = navigations;
    }

    public static Builder builder(String typeName, String keyField) {
        return new Builder(typeName, keyField);
    }

    public String typeName() {
        return typeName;
    }

    public String keyField() {
        return keyField;
    }

    public EdmType keyType() {
        return fields.get(keyField).type();
    }

    public Field field(String name) {
        return fields.get(name);
    }

    public List<Field> fields() {
        return new ArrayList<>(fields.values());
    }

    public Set<String> navigations() {
        return navigations;
    }

    public boolean hasProperty(String name) {
        return fields.containsKey(name) || navigations.contains(name);
    }

    /** A row with every field present, null until set, in the order Exact lists them. */
    public Map<String, Object> emptyRow() {
        Map<String, Object> row = new LinkedHashMap<>();
        fields.keySet().forEach(name -> row.put(name, null));
        return row;
    }

    /** A new record of a division: an empty row with its key and the division and audit fields this type has. */
    public Map<String, Object> newRow(Object key, int division, LocalDateTime now) {
        Map<String, Object> row = emptyRow();
        row.put(keyField, key);
        stamp(row, "Division", division);
        stamp(row, "Created", now);
        stamp(row, "Modified", now);
        return row;
    }

    private void stamp(Map<String, Object> row, String field, Object value) {
        if (fields.containsKey(field)) {
            row.put(field, value);
        }
    }

    public static final class Builder {
        private final String typeName;
        private final String keyField;
        private final Map<String, Field> fields = new LinkedHashMap<>();
        private final java.util.LinkedHashSet<String> navigations = new java.util.LinkedHashSet<>();

        private Builder(String typeName, String keyField) {
            this.typeName = typeName;
            this.keyField = keyField;
        }

        /** A property that POST and PUT may set. */
        public Builder rw(String name, EdmType type) {
            fields.put(name, new Field(name, type, true));
            return this;
        }

        /** A GET-only property. */
        public Builder ro(String name, EdmType type) {
            fields.put(name, new Field(name, type, false));
            return this;
        }

        /** The GET-only fields a division's records end with: Division, Created and Modified. */
        public Builder divisionAuditFields() {
            return ro("Division", EdmType.INT32).ro("Created", EdmType.DATETIME).ro("Modified", EdmType.DATETIME);
        }

        public Builder navigation(String name) {
            navigations.add(name);
            return this;
        }

        public EntitySchema build() {
            if (!fields.containsKey(keyField)) {
                throw new IllegalStateException(typeName + ": key " + keyField + " is not a field");
            }
            return new EntitySchema(typeName, keyField, fields, Collections.unmodifiableSet(navigations));
        }
    }
}
