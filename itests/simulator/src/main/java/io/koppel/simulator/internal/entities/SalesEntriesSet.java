package io.koppel.simulator.internal.entities;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.koppel.simulator.internal.sales.SalesEntryPoster;
import io.koppel.simulator.internal.store.TableNames;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code salesentry/SalesEntries}: sales invoices and credit notes, with their lines as a navigation property. */
public final class SalesEntriesSet extends TableEntitySet {
    private final EntitySet lines;

    public SalesEntriesSet(EntitySet lines) {
        super("salesentry/SalesEntries", Schemas.SALES_ENTRY, TableNames.SALES_ENTRIES);
        this.lines = lines;
    }

    @Override
    public Map<String, Object> create(RequestContext ctx, ObjectNode body) {
        return SalesEntryPoster.create(ctx, body);
    }

    @Override
    public void update(RequestContext ctx, Object key, ObjectNode body) {
        SalesEntryPoster.update(ctx, (UUID) key, body);
    }

    @Override
    public void delete(RequestContext ctx, Object key) {
        SalesEntryPoster.delete(ctx, (UUID) key);
    }

    @Override
    public List<Map<String, Object>> navigate(RequestContext ctx, Map<String, Object> row, String navigation) {
        return SalesEntryPoster.linesOf(ctx.division(), (UUID) row.get("EntryID"));
    }

    @Override
    public EntitySet navigationTarget(String navigation) {
        return lines;
    }
}
