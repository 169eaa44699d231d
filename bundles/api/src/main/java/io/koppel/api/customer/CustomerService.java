package io.koppel.api.customer;

import io.koppel.api.posting.BillingAddress;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Pushes billing-address changes to the Exact customers Koppel created for them.
 */
@ProviderType
public interface CustomerService {

    /**
     * Reports that a billing address or its e-mail addresses changed. Koppel queues an update of the customer
     * in every division where the address is linked (name, salutation, address, postcode, city, e-mail; never
     * the bank account or mandate). An address never posted has no customer and nothing is queued.
     *
     * @return the queued updates, one per linked division
     */
    List<CustomerUpdate> addressChanged(BillingAddress address);

    /** The updates of one billing address, newest first. */
    List<CustomerUpdate> updates(String addressId);
}
