package io.koppel.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.api.posting.BillingAddress;
import io.koppel.client.model.AccountFields;
import io.koppel.client.model.Address;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerFieldsTest {
    private static final CustomerFields SENT = new CustomerFields("Peeters", "Kerkstraat 12 bus 3", "9000", "Gent",
            "BE", "a@example.be");

    @Test
    void takesTheFieldsExactKeepsFromTheAddress() {
        BillingAddress address = new BillingAddress("19724", "16371", "Peeters Jan", "Familie", " Peeters ",
                "Kerkstraat", "12", "3", "9000", "Gent", null, List.of(" a@example.be"), Optional.empty());
        assertEquals(SENT, CustomerFields.of(address));
    }

    @Test
    void sendsOnlyWhatDiffersFromWhatExactGot() {
        CustomerFields moved = new CustomerFields("Peeters", "Veldstraat 1", "9000", "Gent", "BE", "");
        assertEquals(Optional.of(AccountFields.builder()
                .address(new Address("Veldstraat 1", null, null, null, null, null, null)).email("").build()),
                moved.changesSince(Optional.of(SENT)));
        assertEquals(Optional.empty(), SENT.changesSince(Optional.of(SENT)));
        assertEquals(Optional.of(AccountFields.builder().name("Peeters")
                .address(new Address("Kerkstraat 12 bus 3", null, null, "9000", "Gent", null, "BE"))
                .email("a@example.be").build()), SENT.changesSince(Optional.empty()));
    }

    @Test
    void refusesWhatExactWouldRefuse() {
        assertEquals(Optional.of(Reason.of(ReasonCode.CUSTOMER_UPDATE_VALUE_EMPTY, "Name")),
                new CustomerFields("", "x", "9000", "Gent", "BE", "").refusal());
        assertEquals(Optional.of(Reason.of(ReasonCode.CUSTOMER_UPDATE_VALUE_TOO_LONG, "Name", 50, "N".repeat(51))),
                new CustomerFields("N".repeat(51), "x", "9000", "Gent", "BE", "").refusal());
        assertEquals(Optional.of(Reason.of(ReasonCode.CUSTOMER_UPDATE_EMAIL_INVALID, "b@")),
                new CustomerFields("N", "x", "9000", "Gent", "BE", "a@example.be,b@").refusal());
        assertEquals(Optional.empty(), new CustomerFields("N".repeat(50), "A".repeat(80), "9000", "C".repeat(30),
                "BE", "a@example.be,b@example.be").refusal());
    }
}
