package io.koppel.api.spi;

import io.koppel.api.posting.Posting;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told when a posting changes status, e.g. to store Exact's entry number with the host's invoice. Called after
 * the change is stored, outside Koppel's transactions; an exception is logged and does not undo the change.
 */
@ConsumerType
public interface PostingListener {

    void postingChanged(Posting posting);
}
