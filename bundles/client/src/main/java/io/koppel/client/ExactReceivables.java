package io.koppel.client;

import io.koppel.client.model.DeletedRecord;
import io.koppel.client.model.PaymentTerm;
import io.koppel.client.model.Receivable;
import io.koppel.client.model.ReceivablesListItem;
import io.koppel.client.model.SyncPage;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** What customers still owe: the outstanding items that settle the host's invoices. */
@ProviderType
public interface ExactReceivables {

    /**
     * Outstanding items ({@code read/financial/ReceivablesList}), e.g. filtered on {@code AccountId},
     * {@code YourRef}, {@code EntryNumber} or {@code DueDate}.
     */
    List<ReceivablesListItem> receivablesList(CallContext ctx, ODataFilter filter);

    /**
     * Receivables through the bulk endpoint (1,000 a page). Exact filters bulk only on some fields: Account,
     * EntryID, InvoiceNumber, Status, TransactionID, EntryDate, ... ({@code bulk/Cashflow/Receivables}).
     */
    List<Receivable> bulkReceivables(CallContext ctx, ODataFilter filter);

    /** Receivables ({@code cashflow/Receivables}), e.g. filtered on {@code TransactionEntryID} or {@code YourRef}. */
    List<Receivable> cashflowReceivables(CallContext ctx, ODataFilter filter);

    /**
     * The payment terms (receipts and payments) changed after {@code timestamp}, one page of up to 1,000 in
     * Timestamp order ({@code sync/Cashflow/PaymentTerms}); ask with 1 the first time. Ask again after the
     * page's {@link SyncPage#lastTimestamp()} while {@link SyncPage#more()}.
     */
    SyncPage<PaymentTerm> paymentTermsSince(CallContext ctx, long timestamp);

    /** Records deleted after {@code timestamp}, of every entity type, one page ({@code sync/Deleted}). */
    SyncPage<DeletedRecord> deletedSince(CallContext ctx, long timestamp);
}
