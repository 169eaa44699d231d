package io.koppel.client.model;

import java.time.Instant;
import java.util.UUID;

/**
 * A record deleted in Exact ({@code sync/Deleted}), kept there for two months.
 *
 * @param entityType 1 transaction lines, 2 accounts, ... 10 payment terms
 * @param entityKey  the ID of the deleted record
 */
public record DeletedRecord(long timestamp, UUID entityKey, int entityType, Instant deletedDate) {
    public static final int PAYMENT_TERMS = 10;
}
