package io.koppel.sync.internal;

import io.koppel.store.DivisionLeaseMapper;
import io.koppel.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.apache.ibatis.exceptions.PersistenceException;

/**
 * The lease on a division that posting takes too: one node at a time sends requests to a division, across all
 * nodes sharing the database. Payment sync holds it while it reads Exact and renews it at half its time.
 */
final class DivisionLease {
    private final Store store;
    private final Clock clock;
    private final String holder;
    private final Duration time;

    DivisionLease(Store store, Clock clock, String holder, Duration time) {
        this.store = store;
        this.clock = clock;
        this.holder = holder;
        this.time = time;
    }

    /** Takes or renews the lease. @return false when another node holds it */
    boolean take(ExactDivision division) {
        Instant now = clock.instant();
        if (acquire(division, now)) {
            return true;
        }
        try {
            store.execute(s -> s.mapper(DivisionLeaseMapper.class).insertIfMissing(division.site(), division.number()));
        } catch (PersistenceException anotherNodeAddedItJustNow) {
            // the row exists now: whether this node may call is the acquire's answer
        }
        return acquire(division, now);
    }

    /** Waits for the lease while another node holds it, up to {@code patience}. */
    boolean await(ExactDivision division, Duration patience) throws InterruptedException {
        Instant until = clock.instant().plus(patience);
        while (!take(division)) {
            if (clock.instant().isAfter(until)) {
                return false;
            }
            Thread.sleep(250);
        }
        return true;
    }

    void release(ExactDivision division) {
        store.execute(s -> s.mapper(DivisionLeaseMapper.class).release(division.site(), division.number(), holder));
    }

    Duration time() {
        return time;
    }

    private boolean acquire(ExactDivision division, Instant now) {
        return store.transaction(s -> s.mapper(DivisionLeaseMapper.class)
                .acquire(division.site(), division.number(), holder, now.plus(time), now)) == 1;
    }
}
