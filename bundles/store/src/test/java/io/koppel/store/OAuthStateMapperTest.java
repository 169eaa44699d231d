package io.koppel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.koppel.api.connection.ExactSite;

class OAuthStateMapperTest {

    @DatabaseTest
    void aStateIsUsedUpOnceAndExpires(TestDatabase database) {
        Store store = database.store();
        OAuthStateRow state = new OAuthStateRow("a".repeat(64), "school-1", ExactSite.BE, Rows.NOW.plusSeconds(600));
        OAuthStateRow stale = new OAuthStateRow("b".repeat(64), "school-2", ExactSite.NL, Rows.NOW.minusSeconds(1));
        store.execute(session -> {
            session.mapper(OAuthStateMapper.class).insert(state);
            session.mapper(OAuthStateMapper.class).insert(stale);
        });

        assertEquals(state, store.transaction(s -> s.mapper(OAuthStateMapper.class).find(state.stateHash())));
        assertEquals(1, (int) store.transaction(s -> s.mapper(OAuthStateMapper.class).delete(state.stateHash())));
        assertEquals(0, (int) store.transaction(s -> s.mapper(OAuthStateMapper.class).delete(state.stateHash())));
        assertEquals(1, (int) store.transaction(s -> s.mapper(OAuthStateMapper.class).deleteExpired(Rows.NOW)));
        assertNull(store.transaction(s -> s.mapper(OAuthStateMapper.class).find(stale.stateHash())));
    }
}
