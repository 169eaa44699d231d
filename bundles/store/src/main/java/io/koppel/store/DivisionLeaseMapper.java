package io.koppel.store;

import java.time.Instant;

/** SQL of {@code koppel_division_lease}: one row per Exact site and division. */
public interface DivisionLeaseMapper {

    /**
     * Adds the division's lease row, free, unless it exists. Two nodes adding it at the same instant may still
     * meet on the primary key: one of them then gets a PersistenceException and can go on.
     *
     * @return 1 when added, 0 when it existed
     */
    int insertIfMissing(String site, int division);

    /**
     * Takes or extends a division's lease: succeeds when the lease is free, past its time, or already this
     * holder's.
     *
     * @return 1 when the holder has the lease until {@code until}, 0 when another node holds it
     */
    int acquire(String site, int division, String holder, Instant until, Instant now);

    int release(String site, int division, String holder);

    /** Lets go of every lease a holder has, e.g. when its node starts again after a crash. */
    int releaseAll(String holder);
}
