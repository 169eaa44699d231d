package io.koppel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import java.util.List;

class RefusalMapperTest {

    @DatabaseTest
    void remembersARefusalPerCauseUntilItIsForgotten(TestDatabase database) {
        Store store = database.store();
        RefusalRow period = new RefusalRow(100001, "PERIOD", "2025-12", Reason.of(ReasonCode.PERIOD_CLOSED, "2025",
                "12"), Rows.NOW);
        RefusalRow journal = new RefusalRow(100001, "JOURNAL", "72", Reason.of(ReasonCode.JOURNAL_BLOCKED, "72"),
                Rows.NOW);
        store.execute(s -> {
            s.mapper(RefusalMapper.class).insert(period);
            s.mapper(RefusalMapper.class).insert(journal);
        });

        assertEquals(java.util.Set.of(period, journal), java.util.Set.copyOf(find(store, Rows.NOW.minusSeconds(1))));
        assertEquals(List.of(), find(store, Rows.NOW), "remembered too long ago");
        assertEquals(1, (int) store.transaction(s -> s.mapper(RefusalMapper.class)
                .deleteKinds(100001, List.of("JOURNAL", "GL_ACCOUNT"))));
        assertEquals(List.of(period), find(store, Rows.NOW.minusSeconds(1)));
        assertEquals(1, (int) store.transaction(s -> s.mapper(RefusalMapper.class)
                .delete(100001, "PERIOD", List.of("2025-12"))));
        assertEquals(0, (int) store.transaction(s -> s.mapper(RefusalMapper.class).deleteOlderThan(Rows.NOW)));
    }

    private static List<RefusalRow> find(Store store, java.time.Instant since) {
        return store.transaction(s -> s.mapper(RefusalMapper.class).find(100001, since));
    }
}
