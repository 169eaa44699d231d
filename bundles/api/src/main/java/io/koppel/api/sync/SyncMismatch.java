package io.koppel.api.sync;

import io.koppel.api.Reason;
import java.util.Objects;

/** A document whose entry in Exact does not match it (entry number, OGM): reported, never settled. */
public record SyncMismatch(String hostEntity, String documentNumber, Reason reason) {
    public SyncMismatch {
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(reason, "reason");
    }
}
