package io.koppel.store;

import java.time.Instant;
import java.util.List;

/** SQL of {@code koppel_customer_update}. */
public interface CustomerUpdateMapper {

    void insert(CustomerUpdateRow row);

    CustomerUpdateRow find(String id);

    /** The updates of an address, newest first. */
    List<CustomerUpdateRow> listByAddress(String addressId);

    /** New updates not claimed by a live worker, oldest first. */
    List<CustomerUpdateRow> findDue(Instant now, int limit);

    /** @return 1 when this worker has it, 0 when another has it or it is done */
    int claim(String id, String worker, Instant until, Instant now);

    /** @return 1, or 0 when the worker no longer holds the claim */
    int saveAndRelease(CustomerUpdateRow row, String worker);
}
