package io.koppel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.ibatis.exceptions.PersistenceException;

class SyncMapperTest {

    @DatabaseTest
    void keepsALedgerItsSequenceAndItsFiles(TestDatabase database) {
        Store store = database.store();
        assertNull(store.transaction(s -> s.mapper(SyncMapper.class).currentSequence("BER")));
        LedgerRow ledger = new LedgerRow("BER", "Campus Bernardus", "school-1,school-2", 1153);
        store.execute(s -> s.mapper(SyncMapper.class).insertLedger(ledger));
        assertThrows(PersistenceException.class, () -> store.execute(s -> s.mapper(SyncMapper.class).insertLedger(ledger)));
        assertEquals(ledger, store.transaction(s -> s.mapper(SyncMapper.class).findLedger("BER")));
        store.execute(s -> s.mapper(SyncMapper.class).updateLedger("BER", "Bernardus", "school-1"));
        assertEquals(List.of(new LedgerRow("BER", "Bernardus", "school-1", 1153)),
                store.transaction(s -> s.mapper(SyncMapper.class).ledgers()));

        SyncFileRow first = SyncFileRow.creating("f-1", "BER", 1153, "Betalingen_Bernardus_1153.xml", Rows.NOW);
        SyncFileRow second = SyncFileRow.creating("f-2", "BER", 1153, "Betalingen_Bernardus_1153b.xml", Rows.NOW.plusSeconds(1));
        store.execute(s -> {
            s.mapper(SyncMapper.class).insertFile(first);
            s.mapper(SyncMapper.class).insertFile(second);
        });
        assertEquals(List.of(second, first), store.transaction(s -> s.mapper(SyncMapper.class)
                .listFiles("BER", Rows.NOW.minus(1, ChronoUnit.DAYS), Rows.NOW.plus(1, ChronoUnit.DAYS))));
        assertEquals(List.of(), store.transaction(s -> s.mapper(SyncMapper.class)
                .listFiles("BER", Rows.NOW.plus(1, ChronoUnit.DAYS), Rows.NOW.plus(2, ChronoUnit.DAYS))));

        assertEquals(0, (int) store.transaction(s -> s.mapper(SyncMapper.class).markProcessed("f-1", Rows.NOW, "node")),
                "a file still being made cannot be processed");
        assertEquals(1, (int) store.transaction(s -> s.mapper(SyncMapper.class).fileReady("f-1", "<sync/>", 3, Rows.NOW)));
        assertEquals(0, (int) store.transaction(s -> s.mapper(SyncMapper.class).fileFailed("f-1", "late", Rows.NOW)));
        assertEquals(1, (int) store.transaction(s -> s.mapper(SyncMapper.class).markProcessed("f-1", Rows.NOW, "node")));
        assertEquals(0, (int) store.transaction(s -> s.mapper(SyncMapper.class).markProcessed("f-1", Rows.NOW, "node")));
        SyncFileRow processed = store.transaction(s -> s.mapper(SyncMapper.class).findFile("f-1"));
        assertEquals("PROCESSED", processed.status());
        assertEquals("<sync/>", processed.content());
        assertEquals(3, processed.settlements());
        assertEquals("node", processed.processedBy());

        assertEquals(1, (int) store.transaction(s -> s.mapper(SyncMapper.class)
                .failStaleCreating(Rows.NOW.plusSeconds(5), "node stopped", Rows.NOW.plusSeconds(5))));
        assertEquals("FAILED", store.transaction(s -> s.mapper(SyncMapper.class).findFile("f-2")).status());
    }

    @DatabaseTest
    void ofTwoFilesProcessedAtOnceWithOneNumberOneWins(TestDatabase database) throws Exception {
        Store store = database.store();
        store.execute(s -> s.mapper(SyncMapper.class).insertLedger(new LedgerRow("ledger", "L", "school-1", 7)));
        ExecutorService users = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> advance = () -> store.transaction(s -> s.mapper(SyncMapper.class).advanceSequence("ledger", 7));
            int advanced = 0;
            for (Future<Integer> result : users.invokeAll(List.of(advance, advance))) {
                advanced += result.get();
            }
            assertEquals(1, advanced);
            assertEquals(8L, (long) store.transaction(s -> s.mapper(SyncMapper.class).currentSequence("ledger")));
        } finally {
            users.shutdownNow();
        }
    }

    @DatabaseTest
    void settlementsAreRecordedThenDelivered(TestDatabase database) {
        Store store = database.store();
        SettlementRow paid = settlement("s-1", "f-1", "F26-0001", "FULLY_PAID", "0.00");
        SettlementRow partly = settlement("s-2", null, "F26-0002", "PARTIALLY_PAID", "12.50");
        store.execute(s -> s.mapper(SyncMapper.class).insertSettlements(List.of(paid, partly)));

        assertEquals(List.of(paid), store.transaction(s -> s.mapper(SyncMapper.class).settlementsOfFile("f-1")));
        assertEquals(List.of(paid, partly), store.transaction(s -> s.mapper(SyncMapper.class).undelivered(10)));
        assertEquals(1, (int) store.transaction(s -> s.mapper(SyncMapper.class).markDelivered(List.of("s-1"), Rows.NOW)));
        assertEquals(0, (int) store.transaction(s -> s.mapper(SyncMapper.class).markDelivered(List.of("s-1"), Rows.NOW)));
        assertEquals(List.of(partly), store.transaction(s -> s.mapper(SyncMapper.class).undelivered(10)));
        assertEquals(Rows.NOW, store.transaction(s -> s.mapper(SyncMapper.class).settlementsOfDocument("F26-0001")).get(0).deliveredAt());
    }

    static SettlementRow settlement(String id, String file, String document, String kind, String outstanding) {
        return new SettlementRow(id, file, "BER", "school-1", document, "INV-" + document, 26700001,
                "+++090/9337/55493+++", kind, new BigDecimal("123.45"), new BigDecimal(outstanding),
                new BigDecimal("0.00"), LocalDate.of(2026, 11, 21), Rows.NOW, null);
    }
}
