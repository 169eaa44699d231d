package io.koppel.auth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javax.crypto.SecretKey;
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
        tampered[10] = tampered[10] == 'A' ? 'B' : 'A';

        assertThrows(IllegalStateException.class, () -> cipher.decrypt(new String(tampered), "school-1"));
        TokenCipher otherNode = new TokenCipher(TokenKeys.fromFile(folder.resolve("b.key")));
        IllegalStateException wrongKey = assertThrows(IllegalStateException.class, () -> otherNode.decrypt(sealed, "school-1"));
        assertTrue(wrongKey.getMessage().contains("same key"), wrongKey.getMessage());
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
