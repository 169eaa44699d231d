package io.koppel.customers.internal;

import io.koppel.api.customer.BillingAddressEvents;
import io.koppel.api.customer.CustomerService;
import io.koppel.api.posting.BillingAddress;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A host's Event Admin event of a changed billing address becomes the same call as {@link CustomerService#addressChanged}. */
@Component(property = EventConstants.EVENT_TOPIC + "=" + BillingAddressEvents.CHANGED)
public class AddressChangeListener implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(AddressChangeListener.class);

    private final CustomerService customers;

    @Activate
    public AddressChangeListener(@Reference CustomerService customers) {
        this.customers = customers;
    }

    @Override
    public void handleEvent(Event event) {
        try {
            customers.addressChanged(address(event));
        } catch (RuntimeException unusable) {
            LOG.warn("A {} event was not taken: {}", event.getTopic(), unusable.getMessage());
        }
    }

    static BillingAddress address(Event event) {
        return new BillingAddress(text(event, BillingAddressEvents.PERSON_ID),
                text(event, BillingAddressEvents.ADDRESS_ID), text(event, BillingAddressEvents.PERSON_NAME),
                text(event, BillingAddressEvents.SALUTATION_TITLE), text(event, BillingAddressEvents.SALUTATION_NAME),
                text(event, BillingAddressEvents.STREET), text(event, BillingAddressEvents.NUMBER),
                text(event, BillingAddressEvents.BOX), text(event, BillingAddressEvents.POSTCODE),
                text(event, BillingAddressEvents.CITY), text(event, BillingAddressEvents.COUNTRY),
                emails(event.getProperty(BillingAddressEvents.EMAIL_ADDRESSES)), Optional.empty());
    }

    private static String text(Event event, String property) {
        Object value = event.getProperty(property);
        return value == null ? null : value.toString();
    }

    /** A String[], a collection, or one comma-separated string. */
    private static List<String> emails(Object value) {
        if (value == null) {
            return List.of();
        }
        List<String> all = value instanceof String[] array ? Arrays.asList(array)
                : value instanceof Collection<?> collection ? collection.stream().map(String::valueOf).toList()
                : Arrays.asList(value.toString().split(","));
        return all.stream().map(String::strip).filter(email -> !email.isEmpty()).toList();
    }
}
