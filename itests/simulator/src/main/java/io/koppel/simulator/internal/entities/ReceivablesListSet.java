package io.koppel.simulator.internal.entities;

import io.koppel.simulator.internal.model.EntitySchema;
import io.koppel.simulator.internal.sales.ReceivableLedger;
import io.koppel.simulator.internal.store.TableNames;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code read/financial/ReceivablesList}: the outstanding items report. Settled items are absent, so
 * "gone from the list" means "paid" to a client.
 */
public final class ReceivablesListSet implements EntitySet {
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
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("HID", r.get(ReceivableLedger.HID));
            row.put("AccountId", r.get("Account"));
            row.put("AccountCode", r.get("AccountCode"));
            row.put("AccountName", r.get("AccountName"));
            row.put("Amount", open);
            row.put("AmountInTransit", BigDecimal.ZERO);
            row.put("CurrencyCode", r.get("Currency"));
            row.put("Description", r.get("Description"));
            row.put("DueDate", r.get("DueDate"));
            row.put("EntryNumber", r.get("EntryNumber"));
            row.put("Id", r.get("ID"));
            row.put("InvoiceDate", r.get("InvoiceDate"));
            row.put("InvoiceNumber", r.get("InvoiceNumber"));
            row.put("JournalCode", r.get("Journal"));
            row.put("JournalDescription", r.get("JournalDescription"));
            row.put("YourRef", r.get("YourRef"));
            rows.add(row);
        }
        rows.sort(Comparator.comparingLong(r -> (Long) r.get("HID")));
        return rows;
    }
}
