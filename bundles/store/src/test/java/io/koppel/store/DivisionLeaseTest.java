package io.koppel.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

class DivisionLeaseTest {
    private static final String SITE = "start.exactonline.be";
    private static final Duration TIME = Duration.ofSeconds(60);

    @DatabaseTest
    void oneHolderCallsADivisionUntilItLetsGo(TestDatabase database) {
        Store store = database.store();
        SettableClock clock = new SettableClock(Rows.NOW);
        DivisionLease posting = new DivisionLease(store, clock, "node-a", TIME);
        DivisionLease sync = new DivisionLease(store, clock, "node-b-sync", TIME);

        DivisionLease.Held held = posting.take(SITE, 797636);
        assertNotNull(held, "a division no one leased yet is free");
        assertNull(sync.take(SITE, 797636));
        assertNotNull(sync.take("start.exactonline.nl", 797636), "the same number on another site is another division");

        clock.now = Rows.NOW.plusSeconds(40);
        assertTrue(held.keep(), "renewed at half its time");
        clock.now = Rows.NOW.plusSeconds(90);
        assertNull(sync.take(SITE, 797636), "the renewal kept it past its first minute");
        held.release();
        DivisionLease.Held taken = sync.take(SITE, 797636);
        assertNotNull(taken);
        assertFalse(held.keep(), "a lease let go is not renewed");

        taken.release();
        assertNotNull(posting.take(SITE, 797636));
        posting.releaseAll();
        assertNotNull(sync.take(SITE, 797636), "a holder that starts again lets go of all it held");
    }

    @DatabaseTest
    void aLeaseNotRenewedPassesToAnotherHolder(TestDatabase database) {
        Store store = database.store();
        SettableClock clock = new SettableClock(Rows.NOW);
        DivisionLease.Held stopped = new DivisionLease(store, clock, "node-a", TIME).take(SITE, 797636);
        assertNotNull(stopped);
        clock.now = Rows.NOW.plusSeconds(61);
        assertNotNull(new DivisionLease(store, clock, "node-b", TIME).take(SITE, 797636));
        assertFalse(stopped.keep(), "the holder that stopped renewing learns it lost the division");
    }

    private static final class SettableClock extends Clock {
        volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
