package io.koppel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.ibatis.exceptions.PersistenceException;

class SyncMapperTest {

    @DatabaseTest
    void keepsASequencePerLedgerAndItsFiles(TestDatabase database) {
        Store store = database.store();
        assertNull(store.transaction(s -> s.mapper(SyncMapper.class).currentSequence("Campus Bernardus")));
        store.execute(s -> s.mapper(SyncMapper.class).insertSequence("Campus Bernardus", 1153));
        assertThrows(PersistenceException.class,
                () -> store.execute(s -> s.mapper(SyncMapper.class).insertSequence("Campus Bernardus", 1)));

        SyncFileRow first = new SyncFileRow("f-1", "Campus Bernardus", 1153, "<sync/>", Rows.NOW, null);
        SyncFileRow second = new SyncFileRow("f-2", "Campus Bernardus", 1153, "<sync/>", Rows.NOW.plusSeconds(1), null);
        store.execute(s -> {
            s.mapper(SyncMapper.class).insertFile(first);
            s.mapper(SyncMapper.class).insertFile(second);
        });
        assertEquals(List.of(second, first), store.transaction(s -> s.mapper(SyncMapper.class).listFiles("Campus Bernardus")));
        assertEquals(1, (int) store.transaction(s -> s.mapper(SyncMapper.class).markProcessed("f-1", Rows.NOW)));
        assertEquals(0, (int) store.transaction(s -> s.mapper(SyncMapper.class).markProcessed("f-1", Rows.NOW)));
        assertEquals(Rows.NOW, store.transaction(s -> s.mapper(SyncMapper.class).findFile("f-1")).processedAt());
    }

    @DatabaseTest
    void ofTwoFilesProcessedAtOnceWithOneNumberOneWins(TestDatabase database) throws Exception {
        Store store = database.store();
        store.execute(s -> s.mapper(SyncMapper.class).insertSequence("ledger", 7));
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
}
