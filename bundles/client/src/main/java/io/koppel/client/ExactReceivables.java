package io.koppel.client;

import io.koppel.client.model.DeletedRecord;
import io.koppel.client.model.PaymentTerm;
import io.koppel.client.model.SyncPage;
import org.osgi.annotation.versioning.ProviderType;

/** Payments on the host's invoices: Exact's payment terms and its deleted records, read as they change. */
@ProviderType
public interface ExactReceivables {

    /**
     * The payment terms (receipts and payments) changed after {@code timestamp}, one page of up to 1,000 in
     * Timestamp order ({@code sync/Cashflow/PaymentTerms}); ask with 1 the first time. Ask again after the
     * page's {@link SyncPage#lastTimestamp()} while {@link SyncPage#more()}.
     */
    SyncPage<PaymentTerm> paymentTermsSince(CallContext ctx, long timestamp);

    /** Records deleted after {@code timestamp}, of every entity type, one page ({@code sync/Deleted}). */
    SyncPage<DeletedRecord> deletedSince(CallContext ctx, long timestamp);
}
