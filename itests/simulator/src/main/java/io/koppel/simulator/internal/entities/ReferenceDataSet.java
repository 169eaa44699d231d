package io.koppel.simulator.internal.entities;

import io.koppel.simulator.internal.model.EntitySchema;

/**
 * Reference data Koppel only reads (GL accounts, journals, cost centers and units, periods). Exact also
 * allows writing most of them; the simulator fills them from the seed or the control API instead.
 */
public final class ReferenceDataSet extends TableEntitySet {
    private final java.util.List<String> mandatoryFilterFields;

    public ReferenceDataSet(String path, EntitySchema schema, String tableName) {
        this(path, schema, tableName, java.util.List.of());
    }

    /**
     * @param mandatoryFilterFields for an endpoint with a sync counterpart: Exact refuses a GET whose $filter names
     *     none of these
     */
    public ReferenceDataSet(String path, EntitySchema schema, String tableName,
            java.util.List<String> mandatoryFilterFields) {
        super(path, schema, tableName);
        this.mandatoryFilterFields = java.util.List.copyOf(mandatoryFilterFields);
    }

    /** These answer a collection read without $select. */
    @Override
    public SelectRule selectRule() {
        return SelectRule.OPTIONAL;
    }

    @Override
    public java.util.List<String> mandatoryFilterFields() {
        return mandatoryFilterFields;
    }
}
