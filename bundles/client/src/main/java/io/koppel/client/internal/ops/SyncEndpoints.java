package io.koppel.client.internal.ops;

import io.koppel.client.internal.wire.JsonRecord;
import io.koppel.client.model.DeletedRecord;
import io.koppel.client.model.PaymentTerm;
import java.util.List;

/** Exact's sync endpoints of the receivables: payment terms and deleted records, read by Timestamp. */
final class SyncEndpoints {
    static final Endpoint<PaymentTerm> PAYMENT_TERMS = new Endpoint<>("sync/Cashflow/PaymentTerms",
            List.of("Timestamp", "ID", "Account", "AccountCode", "AmountDC", "AmountDiscountDC", "Status", "LineType",
                    "TransactionEntryID", "EntryNumber", "InvoiceNumber", "YourRef", "PaymentReference", "Journal",
                    "IsFullyPaid", "LastPaymentDate", "DueDate", "Modified"),
            SyncEndpoints::paymentTerm);
    static final Endpoint<DeletedRecord> DELETED = new Endpoint<>("sync/Deleted",
            List.of("Timestamp", "EntityKey", "EntityType", "DeletedDate"), SyncEndpoints::deleted);

    private SyncEndpoints() {
    }

    private static PaymentTerm paymentTerm(JsonRecord r) {
        return new PaymentTerm(r.longValue("Timestamp"), r.uuid("ID"), r.uuid("Account"), r.code("AccountCode"),
                r.decimal("AmountDC"), r.decimal("AmountDiscountDC"), r.integer("Status"), r.integer("LineType"),
                r.uuid("TransactionEntryID"), r.integer("EntryNumber"), r.integer("InvoiceNumber"), r.text("YourRef"),
                r.code("PaymentReference"), r.code("Journal"), r.flag("IsFullyPaid"), r.date("LastPaymentDate"),
                r.date("DueDate"), r.instant("Modified"));
    }

    private static DeletedRecord deleted(JsonRecord r) {
        return new DeletedRecord(r.longValue("Timestamp"), r.uuid("EntityKey"), r.integer("EntityType"),
                r.instant("DeletedDate"));
    }
}
