package io.koppel.auth;

import org.osgi.annotation.versioning.ProviderType;

/** How Koppel's bundles reach Exact for a host entity. */
@ProviderType
public interface ExactAccess {

    /**
     * The linked connection of a host entity, ready for calls.
     *
     * @throws io.koppel.api.KoppelException with reason CONNECTION_MISSING, CONNECTION_INCOMPLETE or one of the
     *     CONNECTION_* reasons that need a new link; postings show that reason and wait
     */
    LinkedConnection linked(String hostEntity);
}
