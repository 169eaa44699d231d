package io.koppel.auth.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Where the token key comes from: the configuration when an admin set one (required when several Karaf nodes
 * share the database), otherwise a key file generated on first start, readable by the Karaf user only.
 */
final class TokenKeys {
    private TokenKeys() {
    }

    static SecretKey fromBase64(String base64) {
        byte[] key = Base64.getDecoder().decode(base64.strip());
        if (key.length != 32) {
            throw new IllegalArgumentException("tokenKey must be 32 bytes, base64-encoded (e.g. openssl rand -base64 32)");
        }
        return new SecretKeySpec(key, "AES");
    }

    /** Reads the key file, creating it with a new random key if it does not exist. */
    static SecretKey fromFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            create(file);
        }
        return fromBase64(Files.readString(file));
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException anotherThreadWasFirst) {
            return;
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardOpenOption.TRUNCATE_EXISTING);
    }
}
