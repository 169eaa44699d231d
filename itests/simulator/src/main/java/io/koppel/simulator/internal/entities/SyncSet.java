package io.koppel.simulator.internal.entities;

import io.koppel.simulator.internal.model.EntitySchema;
import io.koppel.simulator.internal.store.TableNames;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sync endpoint ({@code sync/...}): rows in Timestamp (rowversion) order, 1,000 a page, {@code $select}
 * mandatory, and only Timestamp may be filtered on (Exact: "only the timestamp field is allowed as parameter").
 * A filter is required: Exact's documentation tells first-time readers to ask for {@code Timestamp gt 1}.
 */
public final class SyncSet implements EntitySet {
    private static final List<String> TIMESTAMP = List.of("Timestamp");
    private final String path;
    private final EntitySchema schema;
    private final String table;
    private final boolean keptTwoMonths;

    private SyncSet(String path, EntitySchema schema, String table, boolean keptTwoMonths) {
        this.path = path;
        this.schema = schema;
        this.table = table;
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
    public String path() {
        return path;
    }

    @Override
    public EntitySchema schema() {
        return schema;
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
    public List<String> mandatoryFilterFields() {
        return TIMESTAMP;
    }

    @Override
    public Set<String> filterableFields() {
        return Set.copyOf(TIMESTAMP);
    }

    @Override
    public List<Map<String, Object>> rows(RequestContext ctx) {
        LocalDateTime oldest = ctx.now().minusMonths(2);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : ctx.division().table(table).all()) {
            if (keptTwoMonths && ((LocalDateTime) row.get("DeletedDate")).isBefore(oldest)) {
                ctx.division().table(table).remove(row.get("ID"));
                continue;
            }
            rows.add(row);
        }
        rows.sort(Comparator.comparingLong(r -> (Long) r.get("Timestamp")));
        return rows;
    }
}
