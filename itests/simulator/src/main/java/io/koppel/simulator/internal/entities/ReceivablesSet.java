package io.koppel.simulator.internal.entities;

import io.koppel.simulator.internal.store.TableNames;

import java.util.Set;

/**
 * {@code cashflow/Receivables} (all items, paid ones included) and its bulk twin
 * {@code bulk/Cashflow/Receivables}: page size 1000, $select mandatory, and only the documented fields
 * may be filtered on.
 */
public final class ReceivablesSet extends TableEntitySet {
    /** The bulk endpoint's filterable fields as the docs list them (reference section 3). */
    public static final Set<String> BULK_FILTERABLE = Set.of("Account", "Document", "EndDate", "EndToEndID",
            "EntryDate", "EntryID", "GLAccount", "ID", "InvoiceDate", "InvoiceNumber", "Source", "Status",
            "TransactionID", "TransactionType");

    private final boolean bulk;

    private ReceivablesSet(String path, boolean bulk) {
        super(path, Schemas.RECEIVABLE, TableNames.RECEIVABLES);
        this.bulk = bulk;
    }

    public static ReceivablesSet cashflow() {
        return new ReceivablesSet("cashflow/Receivables", false);
    }

    public static ReceivablesSet bulk() {
        return new ReceivablesSet("bulk/Cashflow/Receivables", true);
    }

    @Override
    public int pageSize() {
        return bulk ? 1000 : 60;
    }

    @Override
    public SelectRule selectRule() {
        return bulk ? SelectRule.MANDATORY : SelectRule.SELECT_OR_TOP_ONE;
    }

    @Override
    public Set<String> filterableFields() {
        return bulk ? BULK_FILTERABLE : null;
    }
}
