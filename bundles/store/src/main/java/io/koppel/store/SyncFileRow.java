package io.koppel.store;

import java.time.Instant;

/**
 * A row of {@code koppel_sync_file}; {@code content} is the file's XML once it is Ready.
 *
 * @param status      CREATING, READY, FAILED or PROCESSED
 * @param settlements how many settlements the file holds
 */
public record SyncFileRow(
        String id,
        String ledger,
        long sequenceNumber,
        String fileName,
        String status,
        String reason,
        String content,
        int settlements,
        Instant createdAt,
        Instant readyAt,
        Instant processedAt,
        String processedBy) {

    public static SyncFileRow creating(String id, String ledger, long sequenceNumber, String fileName, Instant now) {
        return new SyncFileRow(id, ledger, sequenceNumber, fileName, "CREATING", null, null, 0, now, null, null, null);
    }
}
