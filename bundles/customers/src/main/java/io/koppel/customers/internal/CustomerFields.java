package io.koppel.customers.internal;

import static io.koppel.posting.AccountLimits.ADDRESS_LINE_LENGTH;
import static io.koppel.posting.AccountLimits.CITY_LENGTH;
import static io.koppel.posting.AccountLimits.EMAIL_ADDRESS;
import static io.koppel.posting.AccountLimits.EMAIL_LENGTH;
import static io.koppel.posting.AccountLimits.NAME_LENGTH;
import static io.koppel.posting.AccountLimits.POSTCODE_LENGTH;

import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.api.posting.BillingAddress;
import io.koppel.client.model.AccountFields;
import io.koppel.client.model.Address;
import io.koppel.store.CustomerUpdateRow;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields of an Exact customer a billing address change updates (name, address line, postcode, city,
 * e-mail addresses; the country with them). The salutation title has no field on Exact's account: Koppel sends
 * none when it creates the customer, so a change of it alone costs no call. Remarks, code at supplier, bank
 * account and mandate are never updated.
 *
 * @param email the e-mail addresses comma-separated, empty for none (an empty value clears Exact's)
 */
record CustomerFields(String name, String addressLine, String postcode, String city, String country, String email) {
    static CustomerFields of(BillingAddress address) {
        return new CustomerFields(text(address.salutationName()), address.addressLine(), text(address.postcode()),
                text(address.city()), address.country() == null || address.country().isBlank() ? "BE"
                        : address.country().strip().toUpperCase(java.util.Locale.ROOT),
                String.join(",", address.emailAddresses().stream().map(String::strip).toList()));
    }

    /** What Exact got last, or empty when Koppel has not updated this customer yet. */
    static Optional<CustomerFields> sentIn(CustomerUpdateRow update) {
        return update.sentVersion() == null ? Optional.empty()
                : Optional.of(new CustomerFields(update.sentName(), update.sentAddressLine(), update.sentPostcode(),
                        update.sentCity(), update.sentCountry(), update.sentEmail()));
    }

    /** What Exact would refuse: it cuts nothing, it refuses. Checked before any call. */
    Optional<Reason> refusal() {
        if (name.isEmpty()) {
            return Optional.of(Reason.of(ReasonCode.CUSTOMER_UPDATE_VALUE_EMPTY, "Name"));
        }
        Optional<Reason> tooLong = tooLong("Name", name, NAME_LENGTH)
                .or(() -> tooLong("Address", addressLine, ADDRESS_LINE_LENGTH))
                .or(() -> tooLong("City", city, CITY_LENGTH))
                .or(() -> tooLong("Postcode", postcode, POSTCODE_LENGTH));
        if (tooLong.isPresent()) {
            return tooLong;
        }
        if (!email.isEmpty()) {
            for (String address : email.split(",")) {
                if (!EMAIL_ADDRESS.matcher(address).matches()) {
                    return Optional.of(Reason.of(ReasonCode.CUSTOMER_UPDATE_EMAIL_INVALID, address));
                }
                if (address.length() > EMAIL_LENGTH) {
                    return tooLong("E-mail", address, EMAIL_LENGTH);
                }
            }
        }
        return Optional.empty();
    }

    /** The fields that differ from what Exact got, all of them when that is unknown; empty when none differ. */
    Optional<AccountFields> changesSince(Optional<CustomerFields> sent) {
        CustomerFields before = sent.orElse(new CustomerFields(null, null, null, null, null, null));
        boolean addressChanged = !Objects.equals(addressLine, before.addressLine)
                || !Objects.equals(postcode, before.postcode) || !Objects.equals(city, before.city)
                || !Objects.equals(country, before.country);
        boolean nameChanged = !Objects.equals(name, before.name);
        boolean emailChanged = !Objects.equals(email, before.email);
        if (!addressChanged && !nameChanged && !emailChanged) {
            return Optional.empty();
        }
        return Optional.of(AccountFields.builder()
                .name(nameChanged ? name : null)
                .address(addressChanged ? new Address(changed(addressLine, before.addressLine), null, null,
                        changed(postcode, before.postcode), changed(city, before.city), null,
                        changed(country, before.country)) : null)
                .email(emailChanged ? email : null)
                .build());
    }

    private static String changed(String value, String before) {
        return Objects.equals(value, before) ? null : value;
    }

    private static Optional<Reason> tooLong(String field, String value, int length) {
        return value.length() > length
                ? Optional.of(Reason.of(ReasonCode.CUSTOMER_UPDATE_VALUE_TOO_LONG, field, length, value))
                : Optional.empty();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
