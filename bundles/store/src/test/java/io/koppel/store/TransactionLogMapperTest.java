package io.koppel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @DatabaseTest
    void showsConfigurationChangesAmongTheExchanges(TestDatabase database) {
        Store store = database.store();
        store.execute(session -> {
            TransactionLogMapper log = session.mapper(TransactionLogMapper.class);
            log.insert(Rows.log("a", DAY, "1001", false));
            log.insertConfigurationChange(Rows.configurationChange("b", DAY.plusSeconds(60), "set-division", "797636"));
            log.insert(Rows.log("c", DAY.plusSeconds(120), "55555", true));
            log.insertConfigurationChange(Rows.configurationChange("d", DAY.plusSeconds(180), "set-costs", null));
            log.insertConfigurationChange(Rows.configurationChange("yesterday", DAY.minusMillis(1), "connect", "BE"));
        });
        Instant end = DAY.plus(Duration.ofDays(1));

        assertEquals(List.of("d", "c", "b", "a"), ids(store, new LogFilter(DAY, end, null, false), 0, 10));
        assertEquals(List.of("c", "b"), ids(store, new LogFilter(DAY, end, null, false), 1, 2));
        assertEquals(List.of("d", "c", "b"), ids(store, new LogFilter(DAY, end, "55555", false), 0, 10));
        assertEquals(List.of("c"), ids(store, new LogFilter(DAY, end, null, true), 0, 10));
        assertEquals(List.of("d", "b"), ids(store, new LogFilter(DAY, end, null, false, true), 0, 10));
        assertEquals(List.of(), ids(store, new LogFilter(DAY, end, null, true, true), 0, 10));
        assertEquals(4L, (long) store.transaction(s -> s.mapper(TransactionLogMapper.class)
                .count(new LogFilter(DAY, end, null, false))));
        assertEquals(2L, (long) store.transaction(s -> s.mapper(TransactionLogMapper.class)
                .count(new LogFilter(DAY, end, "55555", false, true))));

        LogRow change = store.transaction(s -> s.mapper(TransactionLogMapper.class)
                .query(new LogFilter(DAY, end, null, false, true), 1, 1)).get(0);
        assertEquals(new LogRow("b", DAY.plusSeconds(60), "school-1", 797636, "55555", "set-division", null, null, null,
                0, false, null, null, "admin", "set-division", "797636"), change);
        assertTrue(change.isConfigurationChange());
        assertFalse(store.transaction(s -> s.mapper(TransactionLogMapper.class)
                .query(new LogFilter(DAY, end, null, true), 0, 1)).get(0).isConfigurationChange());
    }

    @DatabaseTest
    void purgesConfigurationChangesOlderThanTheRetention(TestDatabase database) {
        Store store = database.store();
        store.execute(session -> {
            TransactionLogMapper log = session.mapper(TransactionLogMapper.class);
            log.insertConfigurationChange(Rows.configurationChange("old", DAY.minus(Duration.ofDays(31)), "connect", "BE"));
            log.insertConfigurationChange(Rows.configurationChange("new", DAY, "disconnect", null));
        });

        assertEquals(1, (int) store.transaction(s -> s.mapper(TransactionLogMapper.class)
                .purgeConfigurationChangesBefore(DAY.minus(Duration.ofDays(30)))));
        assertEquals(List.of("new"), ids(store,
                new LogFilter(DAY.minus(Duration.ofDays(60)), DAY.plusSeconds(1), null, false), 0, 10));
    }

    private static List<String> ids(Store store, LogFilter filter, int offset, int limit) {
        return store.transaction(s -> s.mapper(TransactionLogMapper.class).query(filter, offset, limit)).stream()
                .map(LogRow::id).toList();
    }
}
