package io.koppel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import java.util.List;

class StoreStatementTest {

    @DatabaseTest
    void aStatementIsCommittedAsItRunsWithoutATransactionAroundIt(TestDatabase database) {
        Store store = database.store();
        RefusalRow period = journalBlocked("70");
        RefusalRow journal = journalBlocked("72");

        assertThrows(IllegalStateException.class, () -> store.statement(s -> {
            s.mapper(RefusalMapper.class).insert(period);
            throw new IllegalStateException("what follows the statement fails");
        }));
        assertThrows(IllegalStateException.class, () -> store.transaction(s -> {
            s.mapper(RefusalMapper.class).insert(journal);
            throw new IllegalStateException("what follows the statement fails");
        }));

        assertEquals(List.of(period), store.statement(s -> s.mapper(RefusalMapper.class).find(100001,
                Rows.NOW.minusSeconds(1))), "the statement's row stays, the transaction's is rolled back");
    }

    private static RefusalRow journalBlocked(String journal) {
        return new RefusalRow(100001, "JOURNAL", journal, Reason.of(ReasonCode.JOURNAL_BLOCKED, journal), Rows.NOW);
    }
}
