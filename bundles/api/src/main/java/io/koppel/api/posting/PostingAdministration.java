package io.koppel.api.posting;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What only an admin may do with postings; kept apart from {@link PostingService} so a host can offer the
 * overview to clerks without this.
 */
@ProviderType
public interface PostingAdministration {

    /**
     * Puts a Fatal posting back to Failed, so a clerk can post it again.
     *
     * @return the posting after the change
     * @throws io.koppel.api.KoppelException when there is no such posting or it is not Fatal
     */
    Posting resetFatal(String documentNumber);
}
