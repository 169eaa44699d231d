package io.koppel.api.sync;

/** Where a sync file stands. */
public enum SyncFileStatus {
    /** Koppel is reading Exact; the host hears when it is ready. */
    CREATING,
    /** Made: it can be downloaded, previewed and processed. */
    READY,
    /** Exact could not be read; make a new file. */
    FAILED,
    /** Its settlements were handed to the host and the ledger's sequence number raised. */
    PROCESSED
}
