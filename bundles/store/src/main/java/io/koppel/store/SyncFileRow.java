package io.koppel.store;

import java.time.Instant;

/** A row of {@code koppel_sync_file}; {@code content} is the file as the sync bundle wrote it. */
public record SyncFileRow(
        String id,
        String ledger,
        long sequenceNumber,
        String content,
        Instant createdAt,
        Instant processedAt) {
}
