package io.koppel.api.posting;

import java.time.Duration;
import java.time.Instant;
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

    /**
     * After Koppel's database was restored from a backup, or Koppel installed afresh on an empty database, while
     * Exact kept what Koppel wrote since a time: every posting not Completed and every customer not complete
     * looks in Exact before its next write, and so, for the time given, does every document posted and every
     * customer created. Posting again then adopts what Exact holds (the entry by its structured communication,
     * the customer by its code at supplier) and makes nothing twice. Normal posting makes no such look-ups.
     *
     * @param since     the time of the backup (after a fresh install: of Koppel's first posting)
     * @param lookFirst how long new postings and customers keep looking first
     * @return the recovery now in force
     */
    Recovery recover(Instant since, Duration lookFirst);
}
