package io.koppel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

class WebhookEventMapperTest {

    @DatabaseTest
    void anEventIsRecordedOnceAndForgottenWhenOld(TestDatabase database) {
        Store store = database.store();
        String hash = "A1".repeat(32);
        store.execute(session -> session.mapper(WebhookEventMapper.class).insert(hash, Rows.NOW));

        RuntimeException replay = assertThrows(RuntimeException.class,
                () -> store.execute(session -> session.mapper(WebhookEventMapper.class).insert(hash, Rows.NOW)));
        assertTrue(sqlState(replay).startsWith("23"), sqlState(replay));
        store.execute(session -> session.mapper(WebhookEventMapper.class).insert("B2".repeat(32),
                Rows.NOW.plusSeconds(60)));
        assertEquals(1, (int) store.transaction(session -> session.mapper(WebhookEventMapper.class)
                .deleteReceivedBefore(Rows.NOW.plusSeconds(1))));
        store.execute(session -> session.mapper(WebhookEventMapper.class).insert(hash, Rows.NOW.plusSeconds(120)));
    }

    private static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "none";
    }
}
