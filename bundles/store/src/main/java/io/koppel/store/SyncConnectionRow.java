package io.koppel.store;

import java.time.Instant;

/** A row of {@code koppel_sync_connection}: automatic payment sync of one host entity and its last runs. */
public record SyncConnectionRow(
        String hostEntity,
        boolean automatic,
        int toleranceCents,
        Instant lastRunAt,
        Instant lastSuccessAt,
        String lastError,
        Instant updatedAt) {
}
