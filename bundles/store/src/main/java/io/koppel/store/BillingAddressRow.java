package io.koppel.store;

import java.time.Instant;

/**
 * A row of {@code koppel_billing_address}: the newest state of a billing address the host reported.
 * {@code emailAddresses} are comma-separated, in the host's order. {@code version} orders the states of one
 * address: a higher one is newer, whichever node stored it.
 */
public record BillingAddressRow(
        String addressId,
        String personId,
        String salutationTitle,
        String salutationName,
        String street,
        String houseNumber,
        String box,
        String postcode,
        String city,
        String country,
        String emailAddresses,
        long version,
        Instant changedAt) {
}
