package io.koppel.simulator.internal.entities;

import io.koppel.simulator.internal.model.EntitySchema;

import java.util.List;

/**
 * Reference data Koppel only reads (GL accounts, journals, cost centers and units, periods). Exact also
 * allows writing most of them; the simulator fills them from the seed or the control API instead.
 */
public final class ReferenceDataSet extends TableEntitySet {
    public ReferenceDataSet(String path, EntitySchema schema, String tableName) {
        super(path, schema, tableName);
    }

    /** For an endpoint with a sync counterpart, whose GET must filter on one of these fields. */
    public ReferenceDataSet(String path, EntitySchema schema, String tableName, List<String> mandatoryFilterFields) {
        super(path, schema, tableName, mandatoryFilterFields);
    }

    /** These answer a collection read without $select. */
    @Override
    public SelectRule selectRule() {
        return SelectRule.OPTIONAL;
    }
}
