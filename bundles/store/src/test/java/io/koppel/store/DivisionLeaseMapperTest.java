package io.koppel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;


class DivisionLeaseMapperTest {

    @DatabaseTest
    void oneNodeWritesToADivisionAtATime(TestDatabase database) {
        Store store = database.store();
        assertEquals(1, (int) store.transaction(s -> s.mapper(DivisionLeaseMapper.class).insertIfMissing(797636)));
        assertEquals(0, (int) store.transaction(s -> s.mapper(DivisionLeaseMapper.class).insertIfMissing(797636)));

        assertEquals(1, acquire(store, "node-a", 60));
        assertEquals(0, acquire(store, "node-b", 60));
        assertEquals(1, acquire(store, "node-a", 120), "the holder extends its lease");
        assertEquals(0, (int) store.transaction(s -> s.mapper(DivisionLeaseMapper.class).release(797636, "node-b")));
        assertEquals(1, (int) store.transaction(s -> s.mapper(DivisionLeaseMapper.class).release(797636, "node-a")));
        assertEquals(1, acquire(store, "node-b", 60));
        // A node that stopped holding a lease loses it once its time passed.
        assertEquals(1, (int) store.transaction(s -> s.mapper(DivisionLeaseMapper.class)
                .acquire(797636, "node-a", Rows.NOW.plusSeconds(200), Rows.NOW.plusSeconds(61))));
        assertEquals(1, (int) store.transaction(s -> s.mapper(DivisionLeaseMapper.class).releaseAll("node-a")));
        assertEquals(1, acquire(store, "node-b", 60));
    }

    private static int acquire(Store store, String node, int seconds) {
        return store.transaction(s -> s.mapper(DivisionLeaseMapper.class)
                .acquire(797636, node, Rows.NOW.plusSeconds(seconds), Rows.NOW));
    }
}
