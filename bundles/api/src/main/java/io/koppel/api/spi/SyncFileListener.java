package io.koppel.api.spi;

import io.koppel.api.sync.SyncFile;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The host hears when a sync file it asked for is made (e.g. to e-mail the clerk a link) or could not be made.
 */
@ConsumerType
public interface SyncFileListener {

    /** The file is Ready: it can be downloaded and processed. */
    void fileReady(SyncFile file);

    /** The file Failed; its reason is in the transaction log. */
    default void fileFailed(SyncFile file) {
    }
}
