package io.koppel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.koppel.api.connection.ExactSite;
import java.util.List;
import org.apache.ibatis.exceptions.PersistenceException;

class AccountLinkMapperTest {
    private static final AccountLinkRow LINK = new AccountLinkRow("16371", 797636, "19724",
            "4a1d2b3c-0000-4000-8000-000000000001", null, null, true, false, Rows.NOW, Rows.NOW);

    @DatabaseTest
    void keepsALinkAndResumesItsMandateStep(TestDatabase database) {
        Store store = database.store();
        store.execute(session -> session.mapper(AccountLinkMapper.class).insert(LINK));
        AccountLinkRow mandated = new AccountLinkRow("16371", 797636, "19724", LINK.exactAccountId(),
                "4a1d2b3c-0000-4000-8000-000000000002", "4a1d2b3c-0000-4000-8000-000000000003", false, true, Rows.NOW,
                Rows.NOW.plusSeconds(2));

        assertEquals(1, (int) store.transaction(session -> session.mapper(AccountLinkMapper.class).update(mandated)));
        assertEquals(mandated, store.transaction(session -> session.mapper(AccountLinkMapper.class).find("16371", 797636)));
    }

    @DatabaseTest
    void aLinkIsStoredBeforeItsAccountIsConfirmed(TestDatabase database) {
        Store store = database.store();
        AccountLinkRow creating = AccountLinkRow.creating("16372", ExactSite.NL, 797636, "19724", false, Rows.NOW);
        store.execute(session -> session.mapper(AccountLinkMapper.class).insert(creating));
        assertEquals(creating, store.transaction(session -> session.mapper(AccountLinkMapper.class).find("16372", 797636)));

        AccountLinkRow confirmed = creating.withAccount("4a1d2b3c-0000-4000-8000-000000000004", Rows.NOW.plusSeconds(1));
        store.execute(session -> session.mapper(AccountLinkMapper.class).update(confirmed));
        AccountLinkRow stored = store.transaction(session -> session.mapper(AccountLinkMapper.class).find("16372", 797636));
        assertEquals(confirmed, stored);
        assertEquals(true, stored.complete());
    }

    @DatabaseTest
    void allowsOneLinkPerAddressPerDivision(TestDatabase database) {
        Store store = database.store();
        store.execute(session -> session.mapper(AccountLinkMapper.class).insert(LINK));
        AccountLinkRow otherDivision = new AccountLinkRow("16371", 800001, "19724",
                "4a1d2b3c-0000-4000-8000-000000000009", null, null, false, false, Rows.NOW, Rows.NOW);
        store.execute(session -> session.mapper(AccountLinkMapper.class).insert(otherDivision));

        assertThrows(PersistenceException.class,
                () -> store.execute(session -> session.mapper(AccountLinkMapper.class).insert(LINK)));
        assertEquals(List.of(LINK, otherDivision),
                store.transaction(session -> session.mapper(AccountLinkMapper.class).listByAddress("16371")));
        assertEquals(1, (int) store.transaction(session -> session.mapper(AccountLinkMapper.class).delete("16371", 800001)));
    }
}
