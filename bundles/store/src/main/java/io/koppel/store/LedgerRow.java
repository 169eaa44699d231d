package io.koppel.store;

/**
 * A row of {@code koppel_sync_sequence}: a host ledger and the sequence number its next file gets.
 *
 * @param hostEntities the ledger's host entities, comma-separated
 */
public record LedgerRow(String ledger, String name, String hostEntities, long nextSequence) {
}
