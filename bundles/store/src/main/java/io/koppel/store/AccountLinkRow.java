package io.koppel.store;

import java.time.Instant;

/**
 * A row of {@code koppel_account_link}: the Exact customer Koppel created for a billing address in a division.
 * {@code mandatePending} is true between creating the customer and storing its mandate, so a failed mandate
 * step resumes there instead of creating the customer twice.
 */
public record AccountLinkRow(
        String addressId,
        int division,
        String personId,
        String exactAccountId,
        String bankAccountId,
        String mandateId,
        boolean mandatePending,
        Instant createdAt,
        Instant updatedAt) {
}
