package io.koppel.simulator.internal.entities;

import io.koppel.simulator.internal.model.EntitySchema;
import io.koppel.simulator.internal.sales.ReceivableLedger;
import io.koppel.simulator.internal.store.TableNames;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code read/financial/ReceivablesList}: the outstanding items report. Settled items are absent, so
 * "gone from the list" means "paid" to a client.
 */
public final class ReceivablesListSet implements EntitySet {
    /** The report's fields copied from the outstanding item, by the item's field they show. */
    private static final Map<String, String> RECEIVABLE_FIELDS = Map.ofEntries(Map.entry("HID", ReceivableLedger.HID),
            Map.entry("AccountId", "Account"), Map.entry("AccountCode", "AccountCode"),
            Map.entry("AccountName", "AccountName"), Map.entry("CurrencyCode", "Currency"),
            Map.entry("Description", "Description"), Map.entry("DueDate", "DueDate"),
            Map.entry("EntryNumber", "EntryNumber"), Map.entry("Id", "ID"), Map.entry("InvoiceDate", "InvoiceDate"),
            Map.entry("InvoiceNumber", "InvoiceNumber"), Map.entry("JournalCode", "Journal"),
            Map.entry("JournalDescription", "JournalDescription"), Map.entry("YourRef", "YourRef"));

    @Override
    public String path() {
        return "read/financial/ReceivablesList";
    }

    @Override
    public EntitySchema schema() {
        return Schemas.RECEIVABLES_LIST;
    }

    @Override
    public SelectRule selectRule() {
        return SelectRule.SELECT_OR_TOP_ONE;
    }

    @Override
    public List<Map<String, Object>> rows(RequestContext ctx) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> r : ctx.division().table(TableNames.RECEIVABLES).all()) {
            BigDecimal open = (BigDecimal) r.get("AmountDC");
            if (open.signum() == 0) {
                continue;
            }
            Map<String, Object> row = schema().emptyRow();
            RECEIVABLE_FIELDS.forEach((field, receivableField) -> row.put(field, r.get(receivableField)));
            row.put("Amount", open);
            row.put("AmountInTransit", BigDecimal.ZERO);
            rows.add(row);
        }
        rows.sort(Comparator.comparingLong(r -> (Long) r.get("HID")));
        return rows;
    }
}
