package io.koppel.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.koppel.api.customer.BillingAddressEvents;
import io.koppel.api.posting.BillingAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

class AddressChangeListenerTest {

    @Test
    void anEventOfTheHostBecomesTheAddressItNames() {
        Map<String, Object> properties = new HashMap<>();
        properties.put(BillingAddressEvents.PERSON_ID, "19724");
        properties.put(BillingAddressEvents.ADDRESS_ID, "16371");
        properties.put(BillingAddressEvents.SALUTATION_TITLE, "Familie");
        properties.put(BillingAddressEvents.SALUTATION_NAME, "Peeters");
        properties.put(BillingAddressEvents.STREET, "Kerkstraat");
        properties.put(BillingAddressEvents.NUMBER, "12");
        properties.put(BillingAddressEvents.POSTCODE, "9000");
        properties.put(BillingAddressEvents.CITY, "Gent");
        properties.put(BillingAddressEvents.COUNTRY, "BE");
        properties.put(BillingAddressEvents.EMAIL_ADDRESSES, new String[] {"a@example.be", "b@example.be"});

        assertEquals(new BillingAddress("19724", "16371", null, "Familie", "Peeters", "Kerkstraat", "12", null, "9000",
                "Gent", "BE", List.of("a@example.be", "b@example.be"), Optional.empty()),
                AddressChangeListener.address(new Event(BillingAddressEvents.CHANGED, properties)));

        properties.put(BillingAddressEvents.EMAIL_ADDRESSES, "a@example.be, c@example.be");
        assertEquals(List.of("a@example.be", "c@example.be"),
                AddressChangeListener.address(new Event(BillingAddressEvents.CHANGED, properties)).emailAddresses());
        properties.put(BillingAddressEvents.EMAIL_ADDRESSES, List.of());
        assertEquals(List.of(),
                AddressChangeListener.address(new Event(BillingAddressEvents.CHANGED, properties)).emailAddresses());
    }
}
