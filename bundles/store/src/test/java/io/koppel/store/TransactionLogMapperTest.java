package io.koppel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

class TransactionLogMapperTest {
    private static final Instant DAY = Instant.parse("2026-11-21T00:00:00Z");

    @DatabaseTest
    void findsADaysExchangesNewestFirstBySearchNumberAndFailure(TestDatabase database) {
        Store store = database.store();
        store.execute(session -> {
            TransactionLogMapper log = session.mapper(TransactionLogMapper.class);
            log.insert(Rows.log("yesterday", DAY.minusMillis(1), "1001", true));
            log.insert(Rows.log("a", DAY, "1001", false));
            log.insert(Rows.log("b", DAY.plusSeconds(60), "1001", true));
            log.insert(Rows.log("c", DAY.plusSeconds(120), "55555", false));
            log.insert(Rows.log("tomorrow", DAY.plus(Duration.ofDays(1)), "1001", false));
        });
        Instant end = DAY.plus(Duration.ofDays(1));

        assertEquals(List.of("c", "b", "a"), ids(store, new LogFilter(DAY, end, null, false), 0, 10));
        assertEquals(List.of("b", "a"), ids(store, new LogFilter(DAY, end, "1001", false), 0, 10));
        assertEquals(List.of("b"), ids(store, new LogFilter(DAY, end, null, true), 0, 10));
        assertEquals(List.of("b"), ids(store, new LogFilter(DAY, end, null, false), 1, 1));
        assertEquals(3L, (long) store.transaction(s -> s.mapper(TransactionLogMapper.class)
                .count(new LogFilter(DAY, end, null, false))));
        assertEquals(Rows.log("b", DAY.plusSeconds(60), "1001", true),
                store.transaction(s -> s.mapper(TransactionLogMapper.class).query(new LogFilter(DAY, end, "1001", true), 0, 1)).get(0));
    }

    @DatabaseTest
    void purgesWhatIsOlderThanTheRetention(TestDatabase database) {
        Store store = database.store();
        store.execute(session -> {
            session.mapper(TransactionLogMapper.class).insert(Rows.log("old", DAY.minus(Duration.ofDays(31)), "1", false));
            session.mapper(TransactionLogMapper.class).insert(Rows.log("new", DAY, "1", false));
        });

        assertEquals(1, (int) store.transaction(s -> s.mapper(TransactionLogMapper.class)
                .purgeBefore(DAY.minus(Duration.ofDays(30)))));
        assertEquals(List.of("new"), ids(store,
                new LogFilter(DAY.minus(Duration.ofDays(60)), DAY.plusSeconds(1), null, false), 0, 10));
    }

    private static List<String> ids(Store store, LogFilter filter, int offset, int limit) {
        return store.transaction(s -> s.mapper(TransactionLogMapper.class).query(filter, offset, limit)).stream()
                .map(LogRow::id).toList();
    }
}
