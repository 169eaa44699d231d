package io.koppel.client.internal.ops;

import io.koppel.client.CallContext;
import io.koppel.client.ODataFilter;
import io.koppel.client.internal.wire.JsonRecord;
import io.koppel.client.model.DeletedRecord;
import io.koppel.client.model.PaymentTerm;
import io.koppel.client.model.SyncPage;
import java.util.List;

/**
 * Exact's sync endpoints: what changed after a Timestamp, one page (1,000 records) a call. The caller keeps the
 * cursor, so it can store each page together with the cursor it reached.
 */
public final class SyncOperations {
    static final Endpoint<PaymentTerm> PAYMENT_TERMS = new Endpoint<>("sync/Cashflow/PaymentTerms",
            List.of("Timestamp", "ID", "Account", "AccountCode", "AmountDC", "AmountDiscountDC", "Status", "LineType",
                    "TransactionEntryID", "EntryNumber", "InvoiceNumber", "YourRef", "PaymentReference", "Journal",
                    "IsFullyPaid", "LastPaymentDate", "DueDate", "Modified"),
            SyncOperations::paymentTerm);
    static final Endpoint<DeletedRecord> DELETED = new Endpoint<>("sync/Deleted",
            List.of("Timestamp", "EntityKey", "EntityType", "DeletedDate"), SyncOperations::deleted);

    private final ODataCalls calls;

    public SyncOperations(ODataCalls calls) {
        this.calls = calls;
    }

    public SyncPage<PaymentTerm> paymentTermsSince(CallContext ctx, long timestamp) {
        return calls.syncPage(ctx, "paymentTermsSince", PAYMENT_TERMS.collection(ctx, after(timestamp)),
                PAYMENT_TERMS.reader(), PaymentTerm::timestamp, timestamp);
    }

    /** Every deletion after the Timestamp; Exact cannot filter on EntityType, so the caller picks its own. */
    public SyncPage<DeletedRecord> deletedSince(CallContext ctx, long timestamp) {
        return calls.syncPage(ctx, "deletedSince", DELETED.collection(ctx, after(timestamp)), DELETED.reader(),
                DeletedRecord::timestamp, timestamp);
    }

    private static ODataFilter after(long timestamp) {
        return ODataFilter.gt("Timestamp", timestamp);
    }

    static PaymentTerm paymentTerm(JsonRecord r) {
        return new PaymentTerm(r.longValue("Timestamp"), r.uuid("ID"), r.uuid("Account"), r.code("AccountCode"),
                r.decimal("AmountDC"), r.decimal("AmountDiscountDC"), r.integer("Status"), r.integer("LineType"),
                r.uuid("TransactionEntryID"), r.integer("EntryNumber"), r.integer("InvoiceNumber"), r.text("YourRef"),
                r.code("PaymentReference"), r.code("Journal"), r.flag("IsFullyPaid"), r.date("LastPaymentDate"),
                r.date("DueDate"), r.instant("Modified"));
    }

    static DeletedRecord deleted(JsonRecord r) {
        return new DeletedRecord(r.longValue("Timestamp"), r.uuid("EntityKey"), r.integer("EntityType"),
                r.instant("DeletedDate"));
    }
}
