package io.koppel.api.customer;

import io.koppel.api.Reason;
import io.koppel.api.Status;
import java.time.Instant;
import java.util.Optional;

/**
 * The update of one Exact customer after its billing address changed in the host.
 *
 * @param addressId the host's billing address id; the search number in the transaction log
 * @param division the division whose customer is updated
 * @param status where the update stands
 * @param reason why it failed, when it did
 * @param requestedAt when the host reported the change
 * @param processedAt when Exact last answered about it
 */
public record CustomerUpdate(
        String addressId,
        int division,
        Status status,
        Optional<Reason> reason,
        Instant requestedAt,
        Optional<Instant> processedAt) {
}
