package io.koppel.store;

import io.koppel.api.Reason;
import io.koppel.api.Status;
import java.time.Instant;

/**
 * A row of {@code koppel_customer_update}. {@code address} is the billing address as the customers bundle
 * serialised it.
 */
public record CustomerUpdateRow(
        String id,
        String addressId,
        int division,
        String address,
        Status status,
        Reason reason,
        int attempts,
        String claimedBy,
        Instant claimedUntil,
        Instant requestedAt,
        Instant processedAt) {
}
