package io.koppel.api.sync;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads what Exact says of the payments of the host's documents and settles them, through sequence-numbered sync
 * files or automatically. Only documents with an Exact entry take part: posted by Koppel, or registered as
 * migrated. The transaction log shows each sync under search number {@code Synchronisatie}.
 */
@ProviderType
public interface PaymentSyncService {

    /**
     * Makes a sync file for a ledger, defining the ledger's host entities first. See {@link #createSyncFile(String)}.
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

    /** Defines a ledger or changes its name and host entities; its sequence number stays. */
    Ledger defineLedger(Ledger ledger);

    List<Ledger> ledgers();

    /**
     * Starts making a sync file for a ledger, in the background (Exact may take minutes): returns it Creating.
     * The host hears when it is ready through {@link io.koppel.api.spi.SyncFileListener}. The file compares what
     * Exact says of each document with what the host was last told: fully paid, partly paid, open again.
     *
     * @throws io.koppel.api.KoppelException SYNC_LEDGER_UNKNOWN
     */
    SyncFile createSyncFile(String ledger);

    Optional<SyncFile> syncFile(String syncFileId);

    /** A ledger's files of a calendar year (UTC), newest first. */
    List<SyncFile> syncFiles(String ledger, int year);

    /** The file as XML (its schema: {@code io/koppel/api/sync/sync-file.xsd} in this bundle). */
    byte[] download(String syncFileId);

    /**
     * Checks a file handed back (schema, ledger, sequence number) and shows what processing it would change.
     *
     * @throws io.koppel.api.KoppelException SYNC_FILE_INVALID, SYNC_SEQUENCE_PROCESSED, ...
     */
    SyncFile preview(byte[] file);

    /** Processes a file handed back as bytes, as {@link #process(String)}. */
    SyncFile process(byte[] file);

    /**
     * A report of a sync file: its settlements (paid, open, written off), mismatches and unallocated credit.
     *
     * @throws io.koppel.api.KoppelException SYNC_FILE_NOT_FOUND, SYNC_FILE_NOT_READY
     */
    byte[] report(String syncFileId, ReportFormat format);

    /** Registers a document booked in Exact before Koppel, so it is settled too. */
    void registerMigrated(MigratedDocument document);

    /** Who settles a document from now on: with BY_HAND or EXCLUDED, Koppel never changes its payment state. */
    void setHandling(String documentNumber, PaymentHandling handling);

    /** Switches automatic payment sync of a connection on or off, with its tolerance in cents. */
    SyncHealth configureAutomatic(String hostEntity, boolean automatic, int toleranceCents);

    /** Runs automatic payment sync of a connection now, whether it is switched on or not, and waits for it. */
    SyncHealth runNow(String hostEntity);

    SyncHealth health(String hostEntity);

    /** Every connection with payment sync settings. */
    List<SyncHealth> health();
}
