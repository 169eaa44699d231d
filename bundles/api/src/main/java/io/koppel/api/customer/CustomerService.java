package io.koppel.api.customer;

import io.koppel.api.posting.BillingAddress;
import io.koppel.api.Status;
import java.util.List;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Pushes billing-address changes to the Exact customers Koppel created for them.
 */
@ProviderType
public interface CustomerService {

    /**
     * Reports that a billing address or its e-mail addresses changed. Koppel queues an update of the customer
     * in every division where the address is linked (name, salutation, address, postcode, city, e-mail; never
     * the bank account or mandate). The change is stored before this returns and survives a restart; changes
     * not sent yet coalesce, so Exact gets the newest state once, and never an older state after a newer one.
     * An address never posted has no customer and nothing is queued; a posting that creates its customer later
     * uses the newest state reported here.
     *
     * @return the queued updates, one per linked division; empty when the address has no customer in Exact yet
     */
    List<CustomerUpdate> addressChanged(BillingAddress address);

    /** The updates of one billing address, one per linked division, most recently requested first. */
    List<CustomerUpdate> updates(String addressId);

    /**
     * The most recently requested updates of all addresses.
     *
     * @param statuses only these; all when empty
     * @param limit at most this many
     * @since 1.1
     */
    List<CustomerUpdate> updates(Set<Status> statuses, int limit);

    /**
     * Sends the address's newest state again to every division where it is linked, all fields, also those Exact
     * is thought to have already (e.g. after someone changed the customer in Exact, or activated it again).
     *
     * @return the queued updates; empty when the address has no customer in Exact
     * @since 1.1
     */
    List<CustomerUpdate> resend(String addressId);
}
