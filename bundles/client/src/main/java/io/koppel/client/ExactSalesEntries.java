package io.koppel.client;

import io.koppel.client.model.NewSalesEntry;
import io.koppel.client.model.SalesEntry;
import io.koppel.client.model.SalesEntryQuery;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Sales entries: booking an invoice or credit note, and finding it again. */
@ProviderType
public interface ExactSalesEntries {

    /**
     * Books a sales entry with its lines and returns it as Exact stored it (EntryID, EntryNumber, lines).
     * After an {@link ExactTransientException} that {@link ExactTransientException#mayHaveReachedExact() may have
     * reached Exact}, look the entry up by YourRef before posting again.
     */
    SalesEntry createSalesEntry(CallContext ctx, NewSalesEntry entry);

    /** The sales entries matching every given criterion, without their lines. */
    List<SalesEntry> findSalesEntries(CallContext ctx, SalesEntryQuery query);
}
