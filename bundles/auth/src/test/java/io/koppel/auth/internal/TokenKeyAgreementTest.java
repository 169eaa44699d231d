package io.koppel.auth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.api.KoppelException;
import io.koppel.api.ReasonCode;
import io.koppel.api.connection.Connection;
import io.koppel.api.connection.ConnectionState;
import io.koppel.client.SimulatorExtension;
import io.koppel.simulator.SimulatorConfig;
import io.koppel.store.ConnectionMapper;
import io.koppel.store.ConnectionRow;
import io.koppel.store.DatabaseKind;
import io.koppel.store.Store;
import io.koppel.store.TestDatabase;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Karaf nodes sharing one database, each with its own token key: a node that cannot read a connection's tokens
 * says so with the fix, and leaves them as they are; a new key is brought in while the old one still opens.
 */
class TokenKeyAgreementTest {
    @RegisterExtension
    static final SimulatorExtension exact = SimulatorExtension.with(
            SimulatorConfig.builder().rateLimitsEnabled(false).build());
    private AuthFixture fixture;
    private Store store;

    @BeforeEach
    void oneDatabase() {
        store = TestDatabase.migrated(DatabaseKind.H2).store();
        fixture = AuthFixture.onFreshSimulator(exact.simulator());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aNodeWithAnotherKeySaysSoAndLosesNoToken() throws Exception {
        TokenCipher keyA = new TokenCipher(newKey());
        TokenCipher keyB = new TokenCipher(newKey());
        ConnectionManager nodeA = fixture.manager(store, keyA);
        ConnectionManager nodeB = fixture.manager(store, keyB);
        linkAndConfigure(nodeA, "school-1");
        ConnectionRow stored = row("school-1");

        Connection seenByB = nodeB.connection("school-1").orElseThrow();
        assertEquals(ConnectionState.TOKEN_KEY_MISMATCH, seenByB.state());
        assertEquals(ReasonCode.CONNECTION_TOKEN_KEY_MISMATCH, seenByB.stateReason().orElseThrow().code());
        String fix = seenByB.stateReason().orElseThrow().text(Locale.ENGLISH);
        assertTrue(fix.contains("same tokenKey") && fix.contains(keyA.currentFingerprint())
                && fix.contains(keyB.currentFingerprint()), fix);
        assertEquals(ConnectionState.TOKEN_KEY_MISMATCH, nodeB.connections().get(0).state());

        // Node B neither uses, refreshes, replaces nor removes the tokens it cannot read.
        assertEquals(ReasonCode.CONNECTION_TOKEN_KEY_MISMATCH,
                assertThrows(KoppelException.class, () -> nodeB.linked("school-1")).reason().code());
        assertThrows(KoppelException.class, () -> nodeB.accessToken("school-1"));
        exact.simulator().clock().advance(Duration.ofSeconds(580));
        assertThrows(KoppelException.class, () -> nodeB.accessToken("school-1"));
        nodeB.keepIdleLinksAlive(Duration.ZERO);
        assertEquals(ReasonCode.CONNECTION_TOKEN_KEY_MISMATCH,
                assertThrows(KoppelException.class, () -> nodeB.disconnect("school-1")).reason().code());
        ConsentResult relinkOnB = fixture.link(nodeB, "school-1");
        assertFalse(relinkOnB.linked());
        assertTrue(relinkOnB.text(Locale.ENGLISH).contains("same tokenKey"), relinkOnB.text(Locale.ENGLISH));
        assertEquals(stored, row("school-1"), "node B changed the stored connection");

        // Node A carries on with the same tokens: they were neither used up nor replaced.
        assertEquals(ConnectionState.CONNECTED, nodeA.connection("school-1").orElseThrow().state());
        assertNotNull(nodeA.linked("school-1").tokens().accessToken(), "node A refreshes with the refresh token it stored");
        assertTrue(keyA.canOpen(row("school-1").refreshToken(), "school-1"));
    }

    @Test
    void aNewKeyComesInWhileTheOldOneStillOpensAndTokensMoveAsTheyAreRefreshed() throws Exception {
        SecretKey oldKey = newKey();
        SecretKey newKey = newKey();
        ConnectionManager before = fixture.manager(store, new TokenCipher(oldKey));
        linkAndConfigure(before, "school-1");
        String accessBefore = before.accessToken("school-1");

        TokenCipher rotating = new TokenCipher(newKey, List.of(oldKey));
        ConnectionManager during = fixture.manager(store, rotating);
        assertEquals(ConnectionState.CONNECTED, during.connection("school-1").orElseThrow().state());
        assertEquals(accessBefore, during.accessToken("school-1"), "the old key still opens the tokens");
        assertTrue(rotating.sealedWithOlderKey(row("school-1").refreshToken()));

        exact.simulator().clock().advance(Duration.ofSeconds(580));
        String refreshed = during.accessToken("school-1");
        ConnectionRow resealed = row("school-1");
        String newPrefix = "v2:" + TokenCipher.fingerprint(newKey) + ":";
        assertTrue(resealed.refreshToken().startsWith(newPrefix) && resealed.accessToken().startsWith(newPrefix),
                "the refreshed tokens are sealed with the new key");

        ConnectionManager after = fixture.manager(store, new TokenCipher(newKey));
        assertEquals(ConnectionState.CONNECTED, after.connection("school-1").orElseThrow().state());
        assertEquals(refreshed, after.accessToken("school-1"), "the old key is no longer needed");
        assertEquals(ConnectionState.TOKEN_KEY_MISMATCH, before.connection("school-1").orElseThrow().state(),
                "a node still on the old key alone says so");
    }

    private void linkAndConfigure(ConnectionManager manager, String hostEntity) throws Exception {
        assertTrue(fixture.link(manager, hostEntity).linked());
        manager.setDivision(hostEntity, manager.divisions(hostEntity).get(0).code());
        String journal = manager.salesJournals(hostEntity).get(0).code();
        manager.setJournals(hostEntity, journal, journal);
        assertEquals(ConnectionState.CONNECTED, manager.connection(hostEntity).orElseThrow().state());
    }

    private ConnectionRow row(String hostEntity) {
        return store.transaction(session -> session.mapper(ConnectionMapper.class).find(hostEntity));
    }

    private static SecretKey newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new SecretKeySpec(key, "AES");
    }
}
