package io.koppel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.exceptions.PersistenceException;

class PaymentStateMapperTest {

    @DatabaseTest
    void keepsWhatTheHostWasToldAndHowADocumentIsHandled(TestDatabase database) {
        Store store = database.store();
        PaymentStateRow state = new PaymentStateRow("F26-0001", "school-1", "INV-1", "POSTED", 26700001,
                "+++090/9337/55493+++", new BigDecimal("123.45"), "KOPPEL", null, null, null, Rows.NOW);
        store.execute(s -> s.mapper(PaymentStateMapper.class).insertState(state));
        assertThrows(PersistenceException.class, () -> store.execute(s -> s.mapper(PaymentStateMapper.class).insertState(state)));
        store.execute(s -> s.mapper(PaymentStateMapper.class).updateSettled("F26-0001", "PARTIALLY_PAID",
                new BigDecimal("23.45"), BigDecimal.ZERO, Rows.NOW.plusSeconds(1)));
        store.execute(s -> s.mapper(PaymentStateMapper.class).updateHandling("F26-0001", "BY_HAND", Rows.NOW.plusSeconds(2)));
        PaymentStateRow read = store.transaction(s -> s.mapper(PaymentStateMapper.class).findState("F26-0001"));
        assertEquals("PARTIALLY_PAID", read.settledKind());
        assertEquals(0, new BigDecimal("23.45").compareTo(read.outstanding()));
        assertEquals("BY_HAND", read.handling());
        assertEquals(Rows.NOW.plusSeconds(2), read.updatedAt());
        assertEquals(List.of(), store.transaction(s -> s.mapper(PaymentStateMapper.class).migrated("school-1")));
    }

    @DatabaseTest
    void keepsAutomaticModePerConnectionAndItsRuns(TestDatabase database) {
        Store store = database.store();
        assertNull(store.transaction(s -> s.mapper(PaymentStateMapper.class).findConnection("school-1")));
        store.execute(s -> s.mapper(PaymentStateMapper.class).insertConnection(
                new SyncConnectionRow("school-1", false, 0, null, null, null, Rows.NOW)));
        store.execute(s -> s.mapper(PaymentStateMapper.class).updateSettings("school-1", true, 50, Rows.NOW));
        store.execute(s -> s.mapper(PaymentStateMapper.class).recordRun("school-1", Rows.NOW, Rows.NOW, null));
        store.execute(s -> s.mapper(PaymentStateMapper.class).recordRun("school-1", Rows.NOW.plusSeconds(60), null, "Exact is down"));
        SyncConnectionRow row = store.transaction(s -> s.mapper(PaymentStateMapper.class).findConnection("school-1"));
        assertEquals(new SyncConnectionRow("school-1", true, 50, Rows.NOW.plusSeconds(60), Rows.NOW, "Exact is down", Rows.NOW), row);
        assertEquals(List.of(row), store.transaction(s -> s.mapper(PaymentStateMapper.class).automaticConnections()));
        assertEquals(List.of(row), store.transaction(s -> s.mapper(PaymentStateMapper.class).connections()));
    }

    @DatabaseTest
    void keepsTheMismatchesOfAConnectionUntilADocumentIsDecidedAgain(TestDatabase database) {
        Store store = database.store();
        SyncMismatchRow ogm = new SyncMismatchRow("school-1", "F26-0002", "SYNC_OGM_MISMATCH",
                String.join(SyncMismatchRow.SEPARATOR, "F26-0002", "+++090/9337/55493+++", "+++000/0000/09797+++"),
                Rows.NOW);
        SyncMismatchRow number = new SyncMismatchRow("school-1", "F26-0001", "SYNC_ENTRY_NUMBER_MISMATCH",
                String.join(SyncMismatchRow.SEPARATOR, "F26-0001", "26700001", "26700002"), Rows.NOW);
        store.execute(s -> {
            s.mapper(PaymentStateMapper.class).insertMismatch(ogm);
            s.mapper(PaymentStateMapper.class).insertMismatch(number);
            s.mapper(PaymentStateMapper.class).insertMismatch(new SyncMismatchRow("school-2", "F26-0001",
                    "SYNC_ENTRY_AMBIGUOUS", "F26-0001", Rows.NOW));
        });
        assertThrows(PersistenceException.class,
                () -> store.execute(s -> s.mapper(PaymentStateMapper.class).insertMismatch(ogm)));
        assertEquals(List.of(number, ogm), store.transaction(s -> s.mapper(PaymentStateMapper.class).mismatches("school-1")));

        assertEquals(1, (int) store.transaction(s -> s.mapper(PaymentStateMapper.class).deleteMismatch("school-1", "F26-0002")));
        assertEquals(0, (int) store.transaction(s -> s.mapper(PaymentStateMapper.class).deleteMismatch("school-1", "F26-0002")));
        assertEquals(List.of(number), store.transaction(s -> s.mapper(PaymentStateMapper.class).mismatches("school-1")));
        assertEquals(1, store.transaction(s -> s.mapper(PaymentStateMapper.class).mismatches("school-2")).size());
    }
}
