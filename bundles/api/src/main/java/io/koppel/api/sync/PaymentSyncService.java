package io.koppel.api.sync;

import java.util.List;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads outstanding items from Exact and settles the host's invoices, through sequence-numbered sync files or
 * automatically. The transaction log shows each sync under search number {@code Synchronisatie}.
 */
@ProviderType
public interface PaymentSyncService {

    /**
     * Makes a sync file for a ledger from the outstanding items of the divisions of the given host entities,
     * compared with the completed postings that have an Exact entry number. Nothing changes in the host yet.
     *
     * @param ledger the host's ledger the file is for; its sequence number is kept per ledger
     * @param hostEntities the schools or locations whose postings the ledger holds
     */
    SyncFile createSyncFile(String ledger, Set<String> hostEntities);

    /** The files of a ledger, newest first. */
    List<SyncFile> syncFiles(String ledger);

    /**
     * Processes a sync file: hands its settlements to the host's
     * {@link io.koppel.api.spi.SettlementHandler} and raises the ledger's sequence number.
     *
     * @throws io.koppel.api.KoppelException when a file with this sequence number was processed already; make a
     *     new file
     */
    SyncFile process(String syncFileId);
}
