package io.koppel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;


class DivisionLeaseMapperTest {
    private static final String SITE = "start.exactonline.be";

    @DatabaseTest
    void oneNodeWritesToADivisionAtATime(TestDatabase database) {
        Store store = database.store();
        assertEquals(1, (int) store.transaction(s -> s.mapper(DivisionLeaseMapper.class).insertIfMissing(SITE, 797636)));
        assertEquals(0, (int) store.transaction(s -> s.mapper(DivisionLeaseMapper.class).insertIfMissing(SITE, 797636)));

        assertEquals(1, acquire(store, "node-a", 60));
        assertEquals(0, acquire(store, "node-b", 60));
        assertEquals(1, acquire(store, "node-a", 120), "the holder extends its lease");
        assertEquals(0, (int) store.transaction(s -> s.mapper(DivisionLeaseMapper.class).release(SITE, 797636, "node-b")));
        assertEquals(1, (int) store.transaction(s -> s.mapper(DivisionLeaseMapper.class).release(SITE, 797636, "node-a")));
        assertEquals(1, acquire(store, "node-b", 60));
        // A node that stopped holding a lease loses it once its time passed.
        assertEquals(1, (int) store.transaction(s -> s.mapper(DivisionLeaseMapper.class)
                .acquire(SITE, 797636, "node-a", Rows.NOW.plusSeconds(200), Rows.NOW.plusSeconds(61))));
        assertEquals(1, (int) store.transaction(s -> s.mapper(DivisionLeaseMapper.class).releaseAll("node-a")));
        assertEquals(1, acquire(store, "node-b", 60));
    }

    @DatabaseTest
    void aDivisionNumberIsLeasedPerExactSite(TestDatabase database) {
        Store store = database.store();
        store.execute(s -> s.mapper(DivisionLeaseMapper.class).insertIfMissing(SITE, 797636));
        store.execute(s -> s.mapper(DivisionLeaseMapper.class).insertIfMissing("start.exactonline.nl", 797636));
        assertEquals(1, acquire(store, "node-a", 60));
        assertEquals(1, (int) store.transaction(s -> s.mapper(DivisionLeaseMapper.class)
                .acquire("start.exactonline.nl", 797636, "node-b", Rows.NOW.plusSeconds(60), Rows.NOW)),
                "the same number on another site is another division");
    }

    private static int acquire(Store store, String node, int seconds) {
        return store.transaction(s -> s.mapper(DivisionLeaseMapper.class)
                .acquire(SITE, 797636, node, Rows.NOW.plusSeconds(seconds), Rows.NOW));
    }
}
