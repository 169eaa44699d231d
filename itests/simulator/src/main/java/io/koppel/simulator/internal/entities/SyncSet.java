package io.koppel.simulator.internal.entities;

import io.koppel.simulator.internal.model.EntitySchema;
import io.koppel.simulator.internal.store.DivisionData;
import io.koppel.simulator.internal.store.TableNames;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A sync endpoint ({@code sync/...}): rows in Timestamp (rowversion) order, 1,000 a page, {@code $select}
 * mandatory, and only Timestamp may be filtered on (Exact: "only the timestamp field is allowed as parameter").
 * A filter is required: Exact's documentation tells first-time readers to ask for {@code Timestamp gt 1}.
 * The rows are stored by ID; the key Exact answers with is the Timestamp.
 */
public final class SyncSet extends TableEntitySet {
    private static final List<String> TIMESTAMP = List.of("Timestamp");
    private final boolean keptTwoMonths;

    private SyncSet(String path, EntitySchema schema, String table, boolean keptTwoMonths) {
        super(path, schema, table, TIMESTAMP);
        this.keptTwoMonths = keptTwoMonths;
    }

    public static SyncSet paymentTerms() {
        return new SyncSet("sync/Cashflow/PaymentTerms", Schemas.PAYMENT_TERM, TableNames.PAYMENT_TERMS, false);
    }

    /** sync/Deleted keeps deletions for two months only. */
    public static SyncSet deleted() {
        return new SyncSet("sync/Deleted", Schemas.DELETED, TableNames.DELETED, true);
    }

    @Override
    public int pageSize() {
        return 1000;
    }

    @Override
    public SelectRule selectRule() {
        return SelectRule.MANDATORY;
    }

    @Override
    public Set<String> filterableFields() {
        return Set.copyOf(TIMESTAMP);
    }

    /**
     * Stores a row as given (a new one, or an existing ID replaced) with the next Timestamp, as a change in Exact
     * would: for tests and benchmarks that need many terms without the entries behind them.
     */
    public Map<String, Object> seed(DivisionData d, Map<String, Object> values, LocalDateTime now) {
        Map<String, Object> row = schema().emptyRow();
        row.put("Division", d.code());
        row.put("Modified", now);
        row.putAll(values);
        if (row.get("ID") == null) {
            row.put("ID", UUID.randomUUID());
        }
        return d.write(() -> {
            row.put("Timestamp", d.nextRowVersion());
            return d.table(tableName()).put(row.get("ID"), row);
        });
    }

    @Override
    public List<Map<String, Object>> rows(RequestContext ctx) {
        LocalDateTime oldest = ctx.now().minusMonths(2);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : table(ctx).all()) {
            if (keptTwoMonths && ((LocalDateTime) row.get("DeletedDate")).isBefore(oldest)) {
                table(ctx).remove(row.get("ID"));
                continue;
            }
            rows.add(row);
        }
        rows.sort(Comparator.comparingLong(r -> (Long) r.get("Timestamp")));
        return rows;
    }

    @Override
    public Map<String, Object> find(RequestContext ctx, Object key) {
        return rows(ctx).stream().filter(r -> key.equals(r.get("Timestamp"))).findFirst().orElse(null);
    }
}
