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
 * @param fileName the file's name: type, ledger name, installation and keys
 * @param status Creating, Ready, Failed or Processed
 * @param mismatches documents not settled because Exact's entry does not match them
 * @param unallocatedCredit money customers paid that no document takes
 */
public record SyncFile(String id, String ledger, long sequenceNumber, Instant createdAt, List<Settlement> settlements,
        String fileName, SyncFileStatus status, List<SyncMismatch> mismatches,
        List<UnallocatedCredit> unallocatedCredit) {

    public SyncFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(createdAt, "createdAt");
        settlements = List.copyOf(settlements);
        status = status == null ? SyncFileStatus.READY : status;
        mismatches = mismatches == null ? List.of() : List.copyOf(mismatches);
        unallocatedCredit = unallocatedCredit == null ? List.of() : List.copyOf(unallocatedCredit);
    }

    public SyncFile(String id, String ledger, long sequenceNumber, Instant createdAt, List<Settlement> settlements) {
        this(id, ledger, sequenceNumber, createdAt, settlements, null, SyncFileStatus.READY, List.of(), List.of());
    }
}
