package io.koppel.api.sync;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A sync file ("synchronisatiebestand"): the settlements found for a ledger at one moment, under a sequence
 * number. Several files may carry the current sequence number; once one of them is processed the number goes
 * up and the others can no longer be processed.
 *
 * @param id Koppel's id of the file
 * @param ledger the host's ledger (deelboek) the file is for
 * @param sequenceNumber the sequence number it was made under
 * @param createdAt when it was made; the payment date the host records
 * @param settlements what changes in the host
 */
public record SyncFile(String id, String ledger, long sequenceNumber, Instant createdAt, List<Settlement> settlements) {
    public SyncFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(createdAt, "createdAt");
        settlements = List.copyOf(settlements);
    }
}
