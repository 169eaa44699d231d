package io.koppel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.api.Status;
import java.util.List;

class RecoveryMapperTest {

    @DatabaseTest
    void aRecoveryIsInForceFromItsStartUntilItsEnd(TestDatabase database) {
        Store store = database.store();
        RecoveryRow recovery = new RecoveryRow("r-1", Rows.NOW.minusSeconds(86_400), Rows.NOW,
                Rows.NOW.plusSeconds(3_600), "3f9a1c2b7d4e@host");
        store.execute(s -> s.mapper(RecoveryMapper.class).insert(recovery));

        assertEquals(List.of(), store.transaction(s -> s.mapper(RecoveryMapper.class).inForce(Rows.NOW.minusSeconds(1))));
        assertEquals(List.of(recovery), store.transaction(s -> s.mapper(RecoveryMapper.class).inForce(Rows.NOW)));
        assertEquals(List.of(), store.transaction(s -> s.mapper(RecoveryMapper.class)
                .inForce(Rows.NOW.plusSeconds(3_600))));
    }

    @DatabaseTest
    void aRestoreMakesEveryOpenPostingAndUnfinishedCustomerLookFirst(TestDatabase database) {
        Store store = database.store();
        store.execute(s -> {
            PostingMapper postings = s.mapper(PostingMapper.class);
            postings.insert(Rows.posting("D-new", Status.NEW, Rows.NOW));
            postings.insert(Rows.posting("D-failed", Status.FAILED, Rows.NOW));
            postings.insert(Rows.posting("D-done", Status.COMPLETED, Rows.NOW));
            AccountLinkMapper links = s.mapper(AccountLinkMapper.class);
            links.insert(AccountLinkRow.creating("A-1", null, 797636, "P-1", true, Rows.NOW)
                    .withAccount("8d0ab5d2-0000-4000-8000-000000000001", Rows.NOW));
            links.insert(AccountLinkRow.creating("A-2", null, 797636, "P-2", false, Rows.NOW)
                    .withAccount("8d0ab5d2-0000-4000-8000-000000000002", Rows.NOW)
                    .withMandate(null, Rows.NOW).withBankAccount("8d0ab5d2-0000-4000-8000-000000000003", Rows.NOW));
        });

        assertEquals(2, (int) store.transaction(s -> s.mapper(PostingMapper.class).markAllOpenToLookFirst()));
        assertEquals(1, (int) store.transaction(s -> s.mapper(AccountLinkMapper.class).markIncompleteToLookFirst()));
        store.execute(s -> {
            assertTrue(s.mapper(PostingMapper.class).find("D-new").mayHaveReachedExact());
            assertTrue(s.mapper(PostingMapper.class).find("D-failed").mayHaveReachedExact());
            assertFalse(s.mapper(PostingMapper.class).find("D-done").mayHaveReachedExact());
            assertTrue(s.mapper(AccountLinkMapper.class).find("A-1", 797636).unconfirmedWrite());
            assertFalse(s.mapper(AccountLinkMapper.class).find("A-2", 797636).unconfirmedWrite());
        });
    }

    @DatabaseTest
    void aWriteLoggedBeforeItIsSentIsCompletedWithItsAnswer(TestDatabase database) {
        Store store = database.store();
        LogRow sending = new LogRow("l-1", Rows.NOW, "school-1", 797636, "D-1", "create-sales-entry", "POST",
                "/api/v1/797636/salesentry/SalesEntries", null, 0, true, "sent, no answer recorded", null);
        store.execute(s -> s.mapper(TransactionLogMapper.class).insert(sending));
        LogRow answered = Rows.log("l-1", Rows.NOW, "D-1", false);
        assertEquals(1, (int) store.transaction(s -> s.mapper(TransactionLogMapper.class).complete(answered)));
        assertEquals(List.of(answered), store.transaction(s -> s.mapper(TransactionLogMapper.class)
                .query(new LogFilter(Rows.NOW.minusSeconds(1), Rows.NOW.plusSeconds(1), null, false), 0, 10)));
    }
}
