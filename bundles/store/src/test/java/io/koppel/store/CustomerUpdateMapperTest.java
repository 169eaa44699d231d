package io.koppel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.api.Status;
import java.util.List;

class CustomerUpdateMapperTest {

    @DatabaseTest
    void queuesClaimsAndFinishesUpdates(TestDatabase database) {
        Store store = database.store();
        CustomerUpdateRow older = update("u-1", 797636, Rows.NOW.minusSeconds(10));
        CustomerUpdateRow newer = update("u-2", 800001, Rows.NOW);
        store.execute(session -> {
            session.mapper(CustomerUpdateMapper.class).insert(older);
            session.mapper(CustomerUpdateMapper.class).insert(newer);
        });
        assertEquals(List.of(newer, older),
                store.transaction(s -> s.mapper(CustomerUpdateMapper.class).listByAddress("16371")));

        assertEquals(1, (int) store.transaction(s -> s.mapper(CustomerUpdateMapper.class)
                .claim("u-1", "node-a", Rows.NOW.plusSeconds(60), Rows.NOW)));
        assertEquals(0, (int) store.transaction(s -> s.mapper(CustomerUpdateMapper.class)
                .claim("u-1", "node-b", Rows.NOW.plusSeconds(60), Rows.NOW)));
        assertEquals(List.of(newer), store.transaction(s -> s.mapper(CustomerUpdateMapper.class).findDue(Rows.NOW, 10)));

        CustomerUpdateRow failed = new CustomerUpdateRow("u-1", "16371", 797636, older.address(), Status.FAILED,
                Reason.of(ReasonCode.CUSTOMER_NOT_FOUND), 1, null, null, older.requestedAt(), Rows.NOW);
        assertEquals(1, (int) store.transaction(s -> s.mapper(CustomerUpdateMapper.class).saveAndRelease(failed, "node-a")));
        assertEquals(failed, store.transaction(s -> s.mapper(CustomerUpdateMapper.class).find("u-1")));
    }

    private static CustomerUpdateRow update(String id, int division, java.time.Instant at) {
        return new CustomerUpdateRow(id, "16371", division, "{\"city\":\"Gent\"}", Status.NEW, null, 0, null, null,
                at, null);
    }
}
