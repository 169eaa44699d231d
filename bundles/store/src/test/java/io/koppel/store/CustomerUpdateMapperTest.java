package io.koppel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.api.Status;
import io.koppel.api.connection.ExactSite;
import java.time.Instant;
import java.util.List;

class CustomerUpdateMapperTest {
    private static final Instant LATER = Rows.NOW.plusSeconds(60);
    private static final ExactSite BE = ExactSite.BE;

    @DatabaseTest
    void coalescesChangesIntoOneUpdatePerDivisionCarryingTheNewestVersion(TestDatabase database) {
        Store store = database.store();
        store.execute(s -> {
            CustomerUpdateMapper updates = s.mapper(CustomerUpdateMapper.class);
            assertEquals(1, updates.insertIfMissing(CustomerUpdateRow.queued("16371", BE, 797636, "school-1", 1, Rows.NOW)));
            assertEquals(0, updates.insertIfMissing(CustomerUpdateRow.queued("16371", BE, 797636, "school-1", 2, LATER)));
            assertEquals(1, updates.insertIfMissing(CustomerUpdateRow.queued("16371", BE, 800001, "school-2", 1, Rows.NOW)));
            assertEquals(1, updates.requeue("16371", BE, 797636, "school-1", 3, LATER, LATER));
            assertEquals(0, updates.requeue("16371", BE, 797636, "school-1", 2, LATER.plusSeconds(1), LATER));
        });

        List<CustomerUpdateRow> listed = store.transaction(s -> s.mapper(CustomerUpdateMapper.class)
                .listByAddress("16371"));
        assertEquals(List.of(797636, 800001), listed.stream().map(CustomerUpdateRow::division).toList());
        // still New: it keeps the time it was due
        assertEquals(CustomerUpdateRow.queued("16371", BE, 797636, "school-1", 3, LATER, Rows.NOW), listed.get(0));
        assertEquals(List.of(listed.get(0)), store.transaction(s -> s.mapper(CustomerUpdateMapper.class)
                .list(Status.NEW, 1)));
        assertEquals(List.of(), store.transaction(s -> s.mapper(CustomerUpdateMapper.class)
                .list(Status.COMPLETED, 10)));
    }

    @DatabaseTest
    void aWorkerClaimsTheNextDueUpdateOfItsDivisionAndSavesWhatExactGot(TestDatabase database) {
        Store store = database.store();
        store.execute(s -> {
            s.mapper(CustomerUpdateMapper.class).insertIfMissing(CustomerUpdateRow.queued("1", BE, 797636, "school-1", 4, Rows.NOW));
            s.mapper(CustomerUpdateMapper.class).insertIfMissing(CustomerUpdateRow.queued("2", BE, 797636, "school-1", 1, LATER));
        });
        assertEquals(List.of("school-1"), store.transaction(s -> s.mapper(CustomerUpdateMapper.class)
                .dueHostEntities(Rows.NOW, 10)));
        CustomerUpdateRow due = store.transaction(s -> s.mapper(CustomerUpdateMapper.class).nextDue(BE, 797636, Rows.NOW));
        assertEquals("1", due.addressId());
        assertNull(store.transaction(s -> s.mapper(CustomerUpdateMapper.class).nextDue(BE, 800001, Rows.NOW)));

        assertEquals(1, claim(store, "1", "node-a"));
        assertEquals(0, claim(store, "1", "node-b"));
        assertEquals(List.of(), store.transaction(s -> s.mapper(CustomerUpdateMapper.class)
                .dueHostEntities(Rows.NOW, 10)));

        CustomerUpdateRow completed = due.sent(4, "Familie Peeters", "Veldstraat 2", "9000", "Gent", "BE",
                "a@example.be").completed(Rows.NOW);
        assertEquals(1, (int) store.transaction(s -> s.mapper(CustomerUpdateMapper.class)
                .saveAndRelease(completed, "node-a")));
        assertEquals(completed, store.transaction(s -> s.mapper(CustomerUpdateMapper.class).find("1", BE, 797636)));
        assertEquals(0, claim(store, "1", "node-a"));
        assertEquals(0, (int) store.transaction(s -> s.mapper(CustomerUpdateMapper.class)
                .saveAndRelease(completed, "node-a")));
    }

    @DatabaseTest
    void theSameDivisionNumberOnTwoSitesHoldsTwoUpdates(TestDatabase database) {
        Store store = database.store();
        store.execute(s -> {
            CustomerUpdateMapper updates = s.mapper(CustomerUpdateMapper.class);
            assertEquals(1, updates.insertIfMissing(CustomerUpdateRow.queued("1", BE, 797636, "school-be", 1, LATER)));
            assertEquals(1, updates.insertIfMissing(CustomerUpdateRow.queued("1", ExactSite.NL, 797636, "school-nl", 1,
                    Rows.NOW)));
            assertEquals(1, updates.requeue("1", BE, 797636, "school-be", 2, LATER, LATER));
        });

        assertNull(store.transaction(s -> s.mapper(CustomerUpdateMapper.class).nextDue(BE, 797636, Rows.NOW)));
        CustomerUpdateRow dutch = store.transaction(s -> s.mapper(CustomerUpdateMapper.class)
                .nextDue(ExactSite.NL, 797636, Rows.NOW));
        assertEquals("school-nl", dutch.hostEntity());
        assertEquals(1, dutch.version());
        assertEquals(0, (int) store.transaction(s -> s.mapper(CustomerUpdateMapper.class)
                .claim("1", ExactSite.DE, 797636, "node-a", LATER, Rows.NOW)));
        assertEquals(1, (int) store.transaction(s -> s.mapper(CustomerUpdateMapper.class)
                .claim("1", ExactSite.NL, 797636, "node-a", LATER, Rows.NOW)));
        assertEquals(1, (int) store.transaction(s -> s.mapper(CustomerUpdateMapper.class)
                .saveAndRelease(dutch.completed(Rows.NOW), "node-a")));
        assertEquals(Status.NEW, store.transaction(s -> s.mapper(CustomerUpdateMapper.class)
                .find("1", BE, 797636)).status());
    }

    @DatabaseTest
    void aNewerStateArrivingWhileAnOlderIsSentKeepsTheUpdateNewForIt(TestDatabase database) {
        Store store = database.store();
        store.execute(s -> s.mapper(CustomerUpdateMapper.class)
                .insertIfMissing(CustomerUpdateRow.queued("1", BE, 797636, "school-1", 1, Rows.NOW)));
        CustomerUpdateRow sending = store.transaction(s -> s.mapper(CustomerUpdateMapper.class).find("1", BE, 797636));
        assertEquals(1, claim(store, "1", "node-a"));
        store.execute(s -> s.mapper(CustomerUpdateMapper.class).requeue("1", BE, 797636, "school-1", 2, LATER,
                LATER.plusSeconds(30)));

        CustomerUpdateRow older = sending.sent(1, "Old name", "Kerkstraat 1", "9000", "Gent", "BE", null)
                .failed(Reason.of(ReasonCode.EXACT_REJECTED, "no"), 1, LATER);
        int saved = store.transaction(s -> {
            CustomerUpdateMapper updates = s.mapper(CustomerUpdateMapper.class);
            return updates.saveAndRelease(older, "node-a") == 1 ? 1 : 10 + updates.releaseForNewerState(older, "node-a");
        });

        assertEquals(11, saved);
        CustomerUpdateRow now = store.transaction(s -> s.mapper(CustomerUpdateMapper.class).find("1", BE, 797636));
        assertEquals(Status.NEW, now.status());
        assertEquals(2, now.version());
        assertNull(now.reason());
        assertEquals(Rows.NOW, now.nextAttemptAt());
        assertEquals(Long.valueOf(1), now.sentVersion());
        assertEquals("Old name", now.sentName());
        assertNull(now.claimedBy());
    }

    @DatabaseTest
    void resendForgetsWhatExactGotAndARestartedNodeTakesBackItsClaims(TestDatabase database) {
        Store store = database.store();
        CustomerUpdateRow row = CustomerUpdateRow.queued("1", BE, 797636, "school-1", 1, Rows.NOW)
                .sent(1, "A", "B", "C", "D", "BE", "e@example.be").completed(Rows.NOW);
        store.execute(s -> s.mapper(CustomerUpdateMapper.class).insertIfMissing(row));
        assertEquals(1, (int) store.transaction(s -> s.mapper(CustomerUpdateMapper.class).resend("1", LATER)));
        CustomerUpdateRow again = store.transaction(s -> s.mapper(CustomerUpdateMapper.class).find("1", BE, 797636));
        assertEquals(Status.NEW, again.status());
        assertNull(again.sentVersion());
        assertNull(again.sentEmail());

        assertEquals(1, claim(store, "1", "node-a"));
        assertEquals(1, (int) store.transaction(s -> s.mapper(CustomerUpdateMapper.class).releaseClaims("node-a")));
        assertEquals(1, claim(store, "1", "node-b"));
    }

    private static int claim(Store store, String addressId, String worker) {
        return store.transaction(s -> s.mapper(CustomerUpdateMapper.class)
                .claim(addressId, BE, 797636, worker, Rows.NOW.plusSeconds(300), Rows.NOW));
    }
}
