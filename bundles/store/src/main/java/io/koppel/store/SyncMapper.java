package io.koppel.store;

import java.time.Instant;
import java.util.List;

/** SQL of {@code koppel_sync_sequence} and {@code koppel_sync_file}. */
public interface SyncMapper {

    /** The sequence number new files of a ledger get, or {@code null} before its first file. */
    Long currentSequence(String ledger);

    /** @throws org.apache.ibatis.exceptions.PersistenceException when the ledger has a sequence already */
    void insertSequence(String ledger, long sequence);

    /**
     * Raises a ledger's sequence number, if it still is {@code expected}: of two files processed at once with
     * the same number, one wins.
     *
     * @return 1 when raised, 0 when another file was processed first
     */
    int advanceSequence(String ledger, long expected);

    void insertFile(SyncFileRow row);

    SyncFileRow findFile(String id);

    /** A ledger's files, newest first. */
    List<SyncFileRow> listFiles(String ledger);

    int markProcessed(String id, Instant processedAt);
}
