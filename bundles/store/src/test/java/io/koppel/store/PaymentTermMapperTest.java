package io.koppel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.api.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

class PaymentTermMapperTest {
    private static final String SITE = "start.exactonline.be";
    private static final int DIVISION = 797636;
    private static final String ENTRY = "6f1d2e4a-0000-4000-8000-000000000001";

    @DatabaseTest
    void keepsWhereADivisionsCopyStands(TestDatabase database) {
        Store store = database.store();
        assertNull(store.transaction(s -> s.mapper(PaymentTermMapper.class).findDivision(SITE, DIVISION)));
        store.execute(s -> s.mapper(PaymentTermMapper.class).insertDivision(SyncDivisionRow.fresh(SITE, DIVISION, null, Rows.NOW)));
        store.execute(s -> s.mapper(PaymentTermMapper.class).updateCursors(SITE, DIVISION, 5012, 77, true, Rows.NOW));
        SyncDivisionRow read = store.transaction(s -> s.mapper(PaymentTermMapper.class).findDivision(SITE, DIVISION));
        assertEquals(new SyncDivisionRow(SITE, DIVISION, 5012, 77, true, null, Rows.NOW, Rows.NOW, Rows.NOW), read);
        store.execute(s -> s.mapper(PaymentTermMapper.class).updateMoveCheck(SITE, DIVISION, Rows.NOW, Rows.NOW.plusSeconds(9)));
        store.execute(s -> s.mapper(PaymentTermMapper.class).restart(SyncDivisionRow.fresh(SITE, DIVISION, Rows.NOW, Rows.NOW.plusSeconds(10))));
        SyncDivisionRow restarted = store.transaction(s -> s.mapper(PaymentTermMapper.class).findDivision(SITE, DIVISION));
        assertEquals(1, restarted.termCursor());
        assertFalse(restarted.complete());
        assertEquals(Rows.NOW, restarted.moveDate());
    }

    @DatabaseTest
    void documentsStandNextToTheSumOfTheirTerms(TestDatabase database) {
        Store store = database.store();
        store.execute(s -> s.mapper(PostingMapper.class).insert(Rows.posting("F26-0001", Status.COMPLETED, Rows.NOW)
                .completed(ENTRY, 26700001, DIVISION, Rows.NOW, Rows.NOW)));
        store.execute(s -> s.mapper(PostingMapper.class).insert(Rows.posting("F26-0002", Status.FAILED, Rows.NOW)));
        store.execute(s -> s.mapper(PaymentTermMapper.class).insertTerms(List.of(
                term("t-1", ENTRY, 26700001, "50.00", "0.00", 50, LocalDate.of(2026, 11, 2)),
                term("t-2", ENTRY, 26700001, "23.45", "0.00", 40, null),
                term("t-3", ENTRY, 26700001, "40.00", "0.00", 20, null),
                term("t-4", ENTRY, 26700001, "10.00", "10.00", 50, LocalDate.of(2026, 11, 3)),
                term("t-x", "6f1d2e4a-0000-4000-8000-0000000000ff", 26500007, "-15.00", "0.00", 20, null))));

        List<EntryBalanceRow> balances = balances(store, false);
        assertEquals(1, balances.size());
        EntryBalanceRow balance = balances.get(0);
        assertEquals("F26-0001", balance.documentNumber());
        assertEquals(4, balance.termCount());
        assertEquals(0, new BigDecimal("63.45").compareTo(balance.outstanding()), "a direct debit sent is outstanding still");
        assertEquals(0, new BigDecimal("10.00").compareTo(balance.writtenOff()));
        assertEquals(LocalDate.of(2026, 11, 3), balance.lastPaymentDate());
        assertEquals("KOPPEL", balance.handling());
        assertEquals(26700001, balance.minEntryNumber());

        List<UnallocatedCreditRow> credit = store.transaction(s -> s.mapper(PaymentTermMapper.class).unallocatedCredit(SITE, DIVISION));
        assertEquals(1, credit.size());
        assertEquals(0, new BigDecimal("-15.00").compareTo(credit.get(0).amount()));
        assertEquals("1001", credit.get(0).accountCode());

        assertEquals(5L, (long) store.transaction(s -> s.mapper(PaymentTermMapper.class).countChanged(SITE, DIVISION)));
        store.execute(s -> s.mapper(PaymentTermMapper.class).clearChanged(SITE, DIVISION));
        assertTrue(balances(store, true).isEmpty(), "nothing changed since");
        store.execute(s -> s.mapper(PaymentTermMapper.class).markDeleted(SITE, DIVISION, List.of("t-3")));
        List<EntryBalanceRow> afterDelete = balances(store, true);
        assertEquals(1, afterDelete.size());
        assertEquals(0, new BigDecimal("23.45").compareTo(afterDelete.get(0).outstanding()));
        store.execute(s -> {
            s.mapper(PaymentTermMapper.class).deleteTerms(SITE, DIVISION, List.of("t-2"));
            s.mapper(PaymentTermMapper.class).insertTerms(List.of(term("t-2", ENTRY, 26700001, "23.45", "0.00", 50, null)));
        });
        assertEquals(0, balances(store, true).get(0).outstanding().signum());
        assertEquals(4L, (long) store.transaction(s -> s.mapper(PaymentTermMapper.class).countTerms(SITE, DIVISION)));
        assertEquals(4, store.transaction(s -> s.mapper(PaymentTermMapper.class).termsOfEntry(SITE, DIVISION, ENTRY)).size(),
                "the deleted term stays, marked");
        store.execute(s -> s.mapper(PaymentTermMapper.class).deleteTermsOfDivision(SITE, DIVISION));
        assertEquals(0L, (long) store.transaction(s -> s.mapper(PaymentTermMapper.class).countTerms(SITE, DIVISION)));
    }

    @DatabaseTest
    void migratedDocumentsMatchOnTheirEntryNumber(TestDatabase database) {
        Store store = database.store();
        store.execute(s -> s.mapper(PaymentStateMapper.class).insertState(new PaymentStateRow("F19-0042", "school-1",
                "INV-F19-0042", "MIGRATED", 19700042, "+++190/0000/04285+++", new BigDecimal("80.00"), "KOPPEL", null,
                null, null, Rows.NOW)));
        store.execute(s -> s.mapper(PaymentTermMapper.class).insertTerms(List.of(
                term("t-9", "6f1d2e4a-0000-4000-8000-000000000009", 19700042, "80.00", "0.00", 50, LocalDate.of(2026, 1, 5)))));
        List<EntryBalanceRow> rows = new ArrayList<>();
        store.execute(s -> s.mapper(PaymentTermMapper.class).migratedBalances(SITE, DIVISION, Set.of("school-1"), false,
                context -> rows.add(context.getResultObject())));
        assertEquals(1, rows.size());
        assertEquals("MIGRATED", rows.get(0).origin());
        assertEquals(0, rows.get(0).outstanding().signum());
    }

    private static List<EntryBalanceRow> balances(Store store, boolean changedOnly) {
        List<EntryBalanceRow> rows = new ArrayList<>();
        store.execute(s -> s.mapper(PaymentTermMapper.class).postedBalances(SITE, DIVISION, Set.of("school-1"),
                changedOnly, context -> rows.add(context.getResultObject())));
        return rows;
    }

    static PaymentTermRow term(String id, String entry, int entryNumber, String amount, String discount, int status,
                               LocalDate paid) {
        return new PaymentTermRow(SITE, DIVISION, id, entry, entryNumber, "acc-1001", "1001", "+++090/9337/55493+++",
                "090933755493", new BigDecimal(amount), new BigDecimal(discount), status, 20, paid,
                Math.abs(id.hashCode()), false, true);
    }
}
