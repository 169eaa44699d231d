package io.koppel.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL of the ledgers ({@code koppel_sync_sequence}), their files and the settlements handed to the host. */
public interface SyncMapper {

    /** The sequence number new files of a ledger get, or {@code null} before the ledger exists. */
    Long currentSequence(String ledger);

    LedgerRow findLedger(String ledger);

    List<LedgerRow> ledgers();

    /** @throws org.apache.ibatis.exceptions.PersistenceException when the ledger exists already */
    void insertLedger(LedgerRow ledger);

    int updateLedger(@Param("ledger") String ledger, @Param("name") String name,
                     @Param("hostEntities") String hostEntities);

    /**
     * Raises a ledger's sequence number, if it still is {@code expected}: of two files processed at once with
     * the same number, one wins; the row stays locked by the winner until its transaction ends.
     *
     * @return 1 when raised, 0 when another file was processed first
     */
    int advanceSequence(@Param("ledger") String ledger, @Param("expected") long expected);

    void insertFile(SyncFileRow row);

    SyncFileRow findFile(String id);

    /** A ledger's files made in a time span, newest first. */
    List<SyncFileRow> listFiles(@Param("ledger") String ledger, @Param("from") Instant from, @Param("to") Instant to);

    /** A Creating file becomes Ready with its XML. @return 1, or 0 when it was not Creating */
    int fileReady(@Param("id") String id, @Param("content") String content, @Param("settlements") int settlements,
                  @Param("readyAt") Instant readyAt);

    /** A Creating file failed. @return 1, or 0 when it was not Creating */
    int fileFailed(@Param("id") String id, @Param("reason") String reason, @Param("at") Instant at);

    /** A Ready file is processed. @return 1, or 0 when it was not Ready */
    int markProcessed(@Param("id") String id, @Param("processedAt") Instant processedAt,
                      @Param("processedBy") String processedBy);

    /** Files left Creating by a node that stopped before it finished them. */
    int failStaleCreating(@Param("before") Instant before, @Param("reason") String reason, @Param("at") Instant at);

    void insertSettlements(@Param("rows") Collection<SettlementRow> rows);

    List<SettlementRow> settlementsOfFile(String syncFileId);

    /** Settlements recorded but not yet taken by the host, oldest first. */
    List<SettlementRow> undelivered(@Param("limit") int limit);

    int markDelivered(@Param("ids") Collection<String> ids, @Param("at") Instant at);

    /** The settlements of one document, newest first. */
    List<SettlementRow> settlementsOfDocument(String documentNumber);
}
