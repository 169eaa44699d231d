package io.koppel.store;

import java.time.Instant;

/**
 * A row of {@code koppel_sync_mismatch}: a document automatic payment sync did not settle because its entry in Exact
 * does not match it; {@code arguments} are the reason's arguments joined by {@link #SEPARATOR}.
 */
public record SyncMismatchRow(
        String hostEntity,
        String documentNumber,
        String reasonCode,
        String arguments,
        Instant foundAt) {

    /** The unit separator: it never occurs in a document number, an OGM or an entry number. */
    public static final String SEPARATOR = "\u001F";
}
