package io.koppel.auth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.api.KoppelException;
import io.koppel.api.ReasonCode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCipherTest {
    private static final String TOKEN = "Gcp7!IAAAABbqvN3_refresh-token";

    @TempDir
    Path folder;

    @Test
    void sealsATokenSoOnlyItsConnectionReadsIt() throws Exception {
        TokenCipher cipher = new TokenCipher(TokenKeys.fromFile(folder.resolve("koppel/token.key")));

        String sealed = cipher.encrypt(TOKEN, "school-1");
        assertFalse(sealed.contains(TOKEN));
        assertNotEquals(sealed, cipher.encrypt(TOKEN, "school-1"), "a fresh nonce every time");
        assertEquals(TOKEN, cipher.decrypt(sealed, "school-1"));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(sealed, "school-2"));
    }

    @Test
    void refusesATamperedValueOrAnotherKey() throws Exception {
        TokenCipher cipher = new TokenCipher(TokenKeys.fromFile(folder.resolve("a.key")));
        String sealed = cipher.encrypt(TOKEN, "school-1");
        char[] tampered = sealed.toCharArray();
        int inTheCiphertext = sealed.length() - 8;
        tampered[inTheCiphertext] = tampered[inTheCiphertext] == 'A' ? 'B' : 'A';

        assertThrows(IllegalStateException.class, () -> cipher.decrypt(new String(tampered), "school-1"));
        TokenCipher otherNode = new TokenCipher(TokenKeys.fromFile(folder.resolve("b.key")));
        KoppelException wrongKey = assertThrows(KoppelException.class, () -> otherNode.decrypt(sealed, "school-1"));
        assertEquals(ReasonCode.CONNECTION_TOKEN_KEY_MISMATCH, wrongKey.reason().code());
        assertTrue(wrongKey.getMessage().contains(cipher.currentFingerprint())
                && wrongKey.getMessage().contains(otherNode.currentFingerprint())
                && wrongKey.getMessage().contains("same tokenKey"), wrongKey.getMessage());
        assertFalse(otherNode.canOpen(sealed, "school-1"));
    }

    @Test
    void aPreviousKeyStillOpensWhatItSealedWhileNewValuesTakeTheCurrentOne() throws Exception {
        SecretKey old = TokenKeys.fromFile(folder.resolve("old.key"));
        SecretKey current = TokenKeys.fromFile(folder.resolve("new.key"));
        String sealedWithOld = new TokenCipher(old).encrypt(TOKEN, "school-1");
        TokenCipher rotating = new TokenCipher(current, List.of(old));

        assertEquals(TOKEN, rotating.decrypt(sealedWithOld, "school-1"));
        assertTrue(rotating.sealedWithOlderKey(sealedWithOld));
        String resealed = rotating.encrypt(TOKEN, "school-1");
        assertTrue(resealed.startsWith("v2:" + TokenCipher.fingerprint(current) + ":"), resealed);
        assertFalse(rotating.sealedWithOlderKey(resealed));
        assertFalse(new TokenCipher(old).canOpen(resealed, "school-1"));
    }

    @Test
    void opensTokensSealedBeforeKeysHadFingerprints() throws Exception {
        SecretKey key = TokenKeys.fromFile(folder.resolve("a.key"));
        byte[] nonce = new byte[12];
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        aes.updateAAD("school-1".getBytes(StandardCharsets.UTF_8));
        byte[] sealed = aes.doFinal(TOKEN.getBytes(StandardCharsets.UTF_8));
        String unnamed = "v1:" + Base64.getEncoder().encodeToString(
                ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());

        assertEquals(TOKEN, new TokenCipher(TokenKeys.fromFile(folder.resolve("b.key")), List.of(key))
                .decrypt(unnamed, "school-1"));
        assertFalse(new TokenCipher(TokenKeys.fromFile(folder.resolve("b.key"))).canOpen(unnamed, "school-1"));
    }

    @Test
    void generatesAKeyFileOnlyItsOwnerReadsAndKeepsIt() throws Exception {
        Path file = folder.resolve("data/koppel/token.key");
        SecretKey first = TokenKeys.fromFile(file);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(first, TokenKeys.fromFile(file));
        assertThrows(IllegalArgumentException.class, () -> TokenKeys.fromBase64("c2hvcnQ="));
    }
}
