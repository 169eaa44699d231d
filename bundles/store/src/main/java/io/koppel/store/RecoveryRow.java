package io.koppel.store;

import java.time.Instant;

/**
 * A row of {@code koppel_recovery}: from {@code startedAt} to {@code endsAt} Koppel looks in Exact before it
 * writes a document or creates a customer, because Exact may hold what Koppel wrote since {@code since} while
 * Koppel's database does not.
 */
public record RecoveryRow(String id, Instant since, Instant startedAt, Instant endsAt, String startedBy) {
}
