package io.koppel.customers.internal;

import io.koppel.api.posting.BillingAddress;
import io.koppel.store.BillingAddressRow;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A billing address as {@code koppel_billing_address} keeps it, and back. */
final class AddressStates {
    private AddressStates() {
    }

    /** The row of a reported state; the database gives it its version when it is stored. */
    static BillingAddressRow row(BillingAddress address, Instant now) {
        return new BillingAddressRow(address.addressId(), address.personId(), address.salutationTitle(),
                address.salutationName(), address.street(), address.number(), address.box(), address.postcode(),
                address.city(), address.country(), String.join(",", address.emailAddresses()), 0, now);
    }

    static BillingAddress address(BillingAddressRow row) {
        List<String> emails = row.emailAddresses() == null || row.emailAddresses().isBlank() ? List.of()
                : Arrays.stream(row.emailAddresses().split(",")).map(String::strip).toList();
        return new BillingAddress(row.personId(), row.addressId(), null, row.salutationTitle(),
                row.salutationName(), row.street(), row.houseNumber(), row.box(), row.postcode(), row.city(),
                row.country(), emails, Optional.empty());
    }
}
