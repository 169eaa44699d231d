package io.koppel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.api.connection.ConnectionState;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

class ConnectionMapperTest {

    @DatabaseTest
    void keepsEveryColumnOfAConnection(TestDatabase database) {
        Store store = database.store();
        ConnectionRow row = Rows.connection("school-1");
        store.execute(session -> session.mapper(ConnectionMapper.class).insert(row));

        assertEquals(row, store.transaction(session -> session.mapper(ConnectionMapper.class).find("school-1")));
        assertNull(store.transaction(session -> session.mapper(ConnectionMapper.class).find("school-2")));
    }

    @DatabaseTest
    void keepsTheVatCodeOfAConnection(TestDatabase database) {
        Store store = database.store();
        store.execute(session -> session.mapper(ConnectionMapper.class).insert(Rows.connection("school-v")));
        assertNull(store.transaction(session -> session.mapper(ConnectionMapper.class).vatCode("school-v")));

        assertEquals(1, (int) store.transaction(session -> session.mapper(ConnectionMapper.class)
                .setVatCode("school-v", "0", Rows.NOW.plusSeconds(5))));

        assertEquals("0", store.transaction(session -> session.mapper(ConnectionMapper.class).vatCode("school-v")));
        assertEquals(0, (int) store.transaction(session -> session.mapper(ConnectionMapper.class)
                .setVatCode("school-gone", "0", Rows.NOW)));
    }

    @DatabaseTest
    void updatesAndDeletes(TestDatabase database) {
        Store store = database.store();
        store.execute(session -> {
            session.mapper(ConnectionMapper.class).insert(Rows.connection("school-b"));
            session.mapper(ConnectionMapper.class).insert(Rows.connection("school-a"));
        });
        ConnectionRow changed = Rows.connection("school-a")
                .withState(ConnectionState.INCOMPLETE, null, Rows.NOW.plusSeconds(5))
                .withJournals("70", "71", Rows.NOW.plusSeconds(5))
                .withCosts(null, null, Rows.NOW.plusSeconds(5));

        assertEquals(1, (int) store.transaction(session -> session.mapper(ConnectionMapper.class).update(changed)));
        assertEquals(List.of(changed, Rows.connection("school-b")),
                store.transaction(session -> session.mapper(ConnectionMapper.class).list()));
        assertEquals(1, (int) store.transaction(session -> session.mapper(ConnectionMapper.class).delete("school-b")));
        assertEquals(1, store.transaction(session -> session.mapper(ConnectionMapper.class).list()).size());
    }

    /**
     * Two nodes refreshing the same connection's tokens: the second one's locked read waits for the first to
     * commit and then sees the tokens the first stored, so it never uses a rotated-away refresh token.
     */
    @DatabaseTest
    void aLockedReadWaitsForTheHolderAndSeesItsTokens(TestDatabase database) throws Exception {
        Store store = database.store();
        store.execute(session -> session.mapper(ConnectionMapper.class).insert(Rows.connection("school-1")));
        CountDownLatch firstHoldsLock = new CountDownLatch(1);
        CountDownLatch secondAsked = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = nodes.submit(() -> store.execute(session -> {
                ConnectionMapper connections = session.mapper(ConnectionMapper.class);
                ConnectionRow locked = connections.findForUpdate("school-1");
                firstHoldsLock.countDown();
                await(secondAsked);
                sleep(Duration.ofMillis(300));
                connections.update(locked.withTokens("access-2", Rows.NOW.plusSeconds(600), "refresh-2",
                        Rows.NOW.plusSeconds(1)));
            }));
            await(firstHoldsLock);
            Future<String> second = nodes.submit(() -> store.transaction(session -> {
                secondAsked.countDown();
                return session.mapper(ConnectionMapper.class).findForUpdate("school-1").refreshToken();
            }));

            first.get(10, TimeUnit.SECONDS);
            assertEquals("refresh-2", second.get(10, TimeUnit.SECONDS));
        } finally {
            nodes.shutdownNow();
        }
        assertTrue(nodes.awaitTermination(5, TimeUnit.SECONDS));
    }

    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out waiting for the other node");
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
