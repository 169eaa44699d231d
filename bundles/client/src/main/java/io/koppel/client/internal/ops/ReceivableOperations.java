package io.koppel.client.internal.ops;

import io.koppel.client.CallContext;
import io.koppel.client.ODataFilter;
import io.koppel.client.internal.wire.JsonRecord;
import io.koppel.client.model.Receivable;
import io.koppel.client.model.ReceivablesListItem;
import java.util.List;

/** Payments coming back: the outstanding-items list, cashflow receivables and their bulk twin. */
public final class ReceivableOperations {
    static final Endpoint<ReceivablesListItem> RECEIVABLES_LIST = new Endpoint<>("read/financial/ReceivablesList",
            List.of("HID", "AccountId", "AccountCode", "AccountName", "Amount", "AmountInTransit", "CurrencyCode",
                    "Description", "DueDate", "EntryNumber", "InvoiceDate", "InvoiceNumber", "JournalCode",
                    "YourRef"), ReceivableOperations::listItem);
    static final List<String> RECEIVABLE_FIELDS = List.of("ID", "Account", "AccountCode", "AmountDC", "AmountFC",
            "TransactionAmountDC", "TransactionAmountFC", "Currency", "Description", "DueDate", "EntryDate",
            "EntryNumber", "InvoiceNumber", "IsFullyPaid", "LastPaymentDate", "PaymentMethod", "PaymentReference",
            "Status", "TransactionEntryID", "TransactionID", "Journal", "YourRef", "EndDate",
            "DirectDebitMandate", "Modified");
    static final Endpoint<Receivable> CASHFLOW = new Endpoint<>("cashflow/Receivables", RECEIVABLE_FIELDS,
            ReceivableOperations::receivable);
    // Pages of 1,000 instead of 60; $select is mandatory there
    static final Endpoint<Receivable> BULK = new Endpoint<>("bulk/Cashflow/Receivables", RECEIVABLE_FIELDS,
            ReceivableOperations::receivable);

    private final ODataCalls calls;

    public ReceivableOperations(ODataCalls calls) {
        this.calls = calls;
    }

    public List<ReceivablesListItem> receivablesList(CallContext ctx, ODataFilter filter) {
        return calls.list(ctx, "receivablesList", RECEIVABLES_LIST.collection(ctx, filter),
                RECEIVABLES_LIST.reader());
    }

    public List<Receivable> cashflowReceivables(CallContext ctx, ODataFilter filter) {
        return calls.list(ctx, "cashflowReceivables", CASHFLOW.collection(ctx, filter), CASHFLOW.reader());
    }

    public List<Receivable> bulkReceivables(CallContext ctx, ODataFilter filter) {
        return calls.list(ctx, "bulkReceivables", BULK.collection(ctx, filter), BULK.reader());
    }

    static ReceivablesListItem listItem(JsonRecord r) {
        return new ReceivablesListItem(r.longValue("HID"), r.uuid("AccountId"), r.code("AccountCode"),
                r.text("AccountName"), r.decimal("Amount"), r.decimal("AmountInTransit"), r.code("CurrencyCode"),
                r.text("Description"), r.date("DueDate"), r.integer("EntryNumber"), r.date("InvoiceDate"),
                r.integer("InvoiceNumber"), r.code("JournalCode"), r.text("YourRef"));
    }

    static Receivable receivable(JsonRecord r) {
        return new Receivable(r.uuid("ID"), r.uuid("Account"), r.code("AccountCode"), r.decimal("AmountDC"),
                r.decimal("AmountFC"), r.decimal("TransactionAmountDC"), r.decimal("TransactionAmountFC"),
                r.code("Currency"), r.text("Description"), r.date("DueDate"), r.date("EntryDate"),
                r.integer("EntryNumber"), r.integer("InvoiceNumber"), r.flag("IsFullyPaid"),
                r.date("LastPaymentDate"), r.code("PaymentMethod"), r.code("PaymentReference"), r.integer("Status"),
                r.uuid("TransactionEntryID"), r.uuid("TransactionID"), r.code("Journal"), r.text("YourRef"),
                r.date("EndDate"), r.uuid("DirectDebitMandate"), r.instant("Modified"));
    }
}
