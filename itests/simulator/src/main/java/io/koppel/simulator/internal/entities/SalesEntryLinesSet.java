package io.koppel.simulator.internal.entities;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.koppel.simulator.internal.sales.SalesEntryPoster;
import io.koppel.simulator.internal.store.TableNames;

import java.util.Map;
import java.util.UUID;

/** {@code salesentry/SalesEntryLines}: lines on their own, to add, change or remove lines of an existing entry. */
public final class SalesEntryLinesSet extends TableEntitySet {
    public SalesEntryLinesSet() {
        super("salesentry/SalesEntryLines", Schemas.SALES_ENTRY_LINE, TableNames.SALES_ENTRY_LINES);
    }

    @Override
    public Map<String, Object> create(RequestContext ctx, ObjectNode body) {
        return SalesEntryPoster.addLine(ctx, body);
    }

    @Override
    public void update(RequestContext ctx, Object key, ObjectNode body) {
        SalesEntryPoster.updateLine(ctx, (UUID) key, body);
    }

    @Override
    public void delete(RequestContext ctx, Object key) {
        SalesEntryPoster.deleteLine(ctx, (UUID) key);
    }
}
