package io.koppel.store;

import io.koppel.api.Status;
import io.koppel.api.connection.ExactSite;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL of {@code koppel_customer_update}: one row per address and division of an Exact
 * site, changes coalesced into it. */
public interface CustomerUpdateMapper {

    /**
     * Adds the update unless the address has one in the site's division. Two nodes adding it at the same instant may
     * meet on the primary key: one of them gets a PersistenceException and tries again.
     *
     * @return 1 when added, 0 when it existed
     */
    int insertIfMissing(CustomerUpdateRow row);

    /**
     * Makes the update carry a newer state, with its attempts and reason cleared, due at {@code due}; an update
     * still New keeps the time it is due, so changes in a row settle into one call instead of moving it on. An
     * older state than the one it carries changes nothing.
     *
     * @return 1 when the update now carries {@code version}, 0 when it carries this one or a newer one
     */
    int requeue(@Param("addressId") String addressId, @Param("site") ExactSite site, @Param("division") int division,
            @Param("hostEntity") String hostEntity, @Param("version") long version, @Param("now") Instant now,
            @Param("due") Instant due);

    /** Sends the update again, in full: what Exact last got is forgotten. @return how many divisions */
    int resend(@Param("addressId") String addressId, @Param("now") Instant now);

    CustomerUpdateRow find(@Param("addressId") String addressId, @Param("site") ExactSite site,
            @Param("division") int division);

    /** The updates of an address, one per division, most recently requested first. */
    List<CustomerUpdateRow> listByAddress(String addressId);

    /** The most recently requested updates, of one status or (null) all. */
    List<CustomerUpdateRow> list(@Param("status") Status status, @Param("limit") int limit);

    /** The host entities whose divisions have updates due and not claimed by a live worker. */
    List<String> dueHostEntities(@Param("now") Instant now, @Param("limit") int limit);

    /** The longest-waiting due update of a site's division not claimed by a live worker, if any. */
    CustomerUpdateRow nextDue(@Param("site") ExactSite site, @Param("division") int division,
            @Param("now") Instant now);

    /** @return 1 when this worker has it, 0 when another has it or it is done */
    int claim(@Param("addressId") String addressId, @Param("site") ExactSite site, @Param("division") int division,
            @Param("worker") String worker, @Param("until") Instant until, @Param("now") Instant now);

    /**
     * Stores the outcome of handling the state {@code row.version()} and releases the claim, unless a newer state
     * arrived meanwhile.
     *
     * @return 1, or 0 when the worker no longer holds the claim or the update carries a newer state now
     */
    int saveAndRelease(@Param("row") CustomerUpdateRow row, @Param("worker") String worker);

    /**
     * After a newer state arrived while an older one was handled: stores what Exact got and leaves the update New
     * for the newer state.
     *
     * @return 1, or 0 when the worker no longer holds the claim
     */
    int releaseForNewerState(@Param("row") CustomerUpdateRow row, @Param("worker") String worker);

    /** Lets go of a worker's claims, e.g. when its node starts again. @return how many */
    int releaseClaims(String worker);
}
