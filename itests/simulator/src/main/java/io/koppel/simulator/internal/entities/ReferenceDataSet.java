package io.koppel.simulator.internal.entities;

import io.koppel.simulator.internal.model.EntitySchema;

/**
 * Reference data Koppel only reads (GL accounts, journals, cost centers and units, periods). Exact also
 * allows writing most of them; the simulator fills them from the seed or the control API instead.
 */
public final class ReferenceDataSet extends TableEntitySet {
    public ReferenceDataSet(String path, EntitySchema schema, String tableName) {
        super(path, schema, tableName);
    }
}
