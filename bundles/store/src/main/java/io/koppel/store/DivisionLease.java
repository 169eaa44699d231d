package io.koppel.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.apache.ibatis.exceptions.PersistenceException;

/**
 * The lease on a division of an Exact site, as one holder takes it: one node at a time sends requests to a
 * division, across all nodes sharing the database. Posting and payment sync take the same lease; a holder keeps
 * it by renewing it at half its time.
 */
public final class DivisionLease {
    private final Store store;
    private final Clock clock;
    private final String holder;
    private final Duration time;

    public DivisionLease(Store store, Clock clock, String holder, Duration time) {
        this.store = store;
        this.clock = clock;
        this.holder = holder;
        this.time = time;
    }

    /** Takes the division's lease, or renews it when this holder has it. @return null when another holder has it */
    public Held take(String site, int division) {
        Instant now = clock.instant();
        if (acquire(site, division, now)) {
            return new Held(site, division, now);
        }
        try {
            store.execute(s -> s.mapper(DivisionLeaseMapper.class).insertIfMissing(site, division));
        } catch (PersistenceException anotherNodeAddedItJustNow) {
            // the row exists now: whether this holder may call is the acquire's answer
        }
        return acquire(site, division, now) ? new Held(site, division, now) : null;
    }

    /** Waits for the lease while another holder has it, up to {@code patience}. @return null when it stayed taken */
    public Held await(String site, int division, Duration patience) throws InterruptedException {
        Instant until = clock.instant().plus(patience);
        Held held;
        while ((held = take(site, division)) == null) {
            if (clock.instant().isAfter(until)) {
                return null;
            }
            Thread.sleep(250);
        }
        return held;
    }

    /** Lets go of every lease this holder has: a node that starts again takes up its divisions at once. */
    public void releaseAll() {
        store.execute(s -> s.mapper(DivisionLeaseMapper.class).releaseAll(holder));
    }

    private boolean acquire(String site, int division, Instant now) {
        return store.transaction(s -> s.mapper(DivisionLeaseMapper.class)
                .acquire(site, division, holder, now.plus(time), now)) == 1;
    }

    /** A lease this holder took; used by one thread at a time. */
    public final class Held {
        private final String site;
        private final int division;
        private Instant renewedAt;

        private Held(String site, int division, Instant renewedAt) {
            this.site = site;
            this.division = division;
            this.renewedAt = renewedAt;
        }

        /**
         * Renews the lease once half its time has passed, not at every call: each renewal is a commit.
         *
         * @return false when another holder took it over
         */
        public boolean keep() {
            Instant now = clock.instant();
            if (now.isBefore(renewedAt.plus(time.dividedBy(2)))) {
                return true;
            }
            if (!acquire(site, division, now)) {
                return false;
            }
            renewedAt = now;
            return true;
        }

        public void release() {
            store.execute(s -> s.mapper(DivisionLeaseMapper.class).release(site, division, holder));
        }
    }
}
