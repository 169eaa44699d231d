package io.koppel.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * SQL of {@code koppel_payment_state} (what the host was told of each document's payment, migrated documents,
 * settled by hand), {@code koppel_sync_connection} (automatic mode per host entity) and
 * {@code koppel_sync_mismatch} (documents automatic mode found not matching Exact).
 */
public interface PaymentStateMapper {

    PaymentStateRow findState(String documentNumber);

    /** @throws org.apache.ibatis.exceptions.PersistenceException when the document has a state already */
    void insertState(PaymentStateRow row);

    int updateSettled(@Param("documentNumber") String documentNumber, @Param("settledKind") String settledKind,
                      @Param("outstanding") BigDecimal outstanding, @Param("writtenOff") BigDecimal writtenOff,
                      @Param("at") Instant at);

    int updateHandling(@Param("documentNumber") String documentNumber, @Param("handling") String handling,
                       @Param("at") Instant at);

    List<PaymentStateRow> migrated(String hostEntity);

    SyncConnectionRow findConnection(String hostEntity);

    void insertConnection(SyncConnectionRow row);

    int updateSettings(@Param("hostEntity") String hostEntity, @Param("automatic") boolean automatic,
                       @Param("toleranceCents") int toleranceCents, @Param("at") Instant at);

    int recordRun(@Param("hostEntity") String hostEntity, @Param("runAt") Instant runAt,
                  @Param("successAt") Instant successAt, @Param("error") String error);

    List<SyncConnectionRow> automaticConnections();

    List<SyncConnectionRow> connections();

    /** Forgets what the last run found wrong with a document: a run that decides it again records it anew. */
    int deleteMismatch(@Param("hostEntity") String hostEntity, @Param("documentNumber") String documentNumber);

    void insertMismatch(SyncMismatchRow row);

    List<SyncMismatchRow> mismatches(String hostEntity);
}
