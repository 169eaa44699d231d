package io.koppel.api.posting;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The person and address an invoice is addressed to: pupil, parent, staff member. Koppel creates one Exact
 * customer per billing address and division, on its first posting, and keeps the link.
 *
 * @param personId the host's unique id of the person
 * @param addressId the host's unique id of the billing address; the customer link and the search number of
 *     customer updates
 * @param personName the person's name and first name, as shown in the overview
 * @param salutationTitle the salutation title (aanspreektitel), e.g. "Familie"
 * @param salutationName the salutation name (aanspreeknaam); Exact's customer name, must not be empty
 * @param street the street
 * @param number the house number
 * @param box the box number, may be empty
 * @param postcode the postcode
 * @param city the city (deelgemeente)
 * @param country the ISO 3166 country code, e.g. {@code BE}
 * @param emailAddresses where invoices may be mailed, in order
 * @param mandate a valid direct-debit mandate, if the host has one
 */
public record BillingAddress(
        String personId,
        String addressId,
        String personName,
        String salutationTitle,
        String salutationName,
        String street,
        String number,
        String box,
        String postcode,
        String city,
        String country,
        List<String> emailAddresses,
        Optional<Mandate> mandate) {

    public BillingAddress {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(addressId, "addressId");
        emailAddresses = List.copyOf(emailAddresses);
        Objects.requireNonNull(mandate, "mandate");
    }

    /** Street, number and box on one line, as Exact's address line 1. */
    public String addressLine() {
        StringBuilder line = new StringBuilder(Objects.toString(street, "").strip());
        if (number != null && !number.isBlank()) {
            line.append(' ').append(number.strip());
        }
        if (box != null && !box.isBlank()) {
            line.append(" bus ").append(box.strip());
        }
        return line.toString();
    }
}
