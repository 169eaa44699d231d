package io.koppel.auth.internal;

import io.koppel.api.KoppelException;
import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts tokens for the database with AES-256-GCM: a fresh 96-bit nonce per value, the host entity as
 * associated data so a token copied to another connection's row does not decrypt.
 *
 * <p>A sealed value names the fingerprint of its key ({@code v2:<fingerprint>:<nonce+ciphertext>}), so a node
 * tells "sealed with a key I do not have" (the nodes disagree on {@code tokenKey}) from "tampered with". New
 * values are sealed with the current key; previous keys still open what they sealed, which is how a key is
 * rotated: tokens move to the current key as they are refreshed.
 */
final class TokenCipher {
    private static final String PREFIX = "v2:";
    /** Values written before keys had fingerprints: any known key may open them. */
    private static final String UNNAMED_KEY_PREFIX = "v1:";
    private static final String UNKNOWN_FINGERPRINT = "unknown";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey current;
    private final String currentFingerprint;
    private final Map<String, SecretKey> byFingerprint = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();

    TokenCipher(SecretKey key) {
        this(key, List.of());
    }

    /**
     * @param current seals every new value
     * @param previous keys being rotated out: they still open what they sealed
     */
    TokenCipher(SecretKey current, List<SecretKey> previous) {
        this.current = requireAes256(current);
        this.currentFingerprint = fingerprint(current);
        byFingerprint.put(currentFingerprint, current);
        for (SecretKey key : previous) {
            byFingerprint.putIfAbsent(fingerprint(requireAes256(key)), key);
        }
    }

    /**
     * A short, one-way name of a key: the first 8 bytes of SHA-256 over a label and the key, in hex. It tells
     * keys apart in logs and messages without revealing them.
     */
    static String fingerprint(SecretKey key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("koppel-token-key:".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest.digest(key.getEncoded()), 0, 8);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    String currentFingerprint() {
        return currentFingerprint;
    }

    String encrypt(String plaintext, String hostEntity) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, current, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(hostEntity.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return PREFIX + currentFingerprint + ":" + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a token", e);
        }
    }

    /**
     * @throws KoppelException with {@link ReasonCode#CONNECTION_TOKEN_KEY_MISMATCH} when the value was sealed with
     *     a key this node does not have
     * @throws IllegalStateException when it was sealed with a key this node has but does not open: tampered with,
     *     or copied from another connection's row
     */
    String decrypt(String sealed, String hostEntity) {
        if (sealed == null) {
            return null;
        }
        if (sealed.startsWith(UNNAMED_KEY_PREFIX)) {
            for (SecretKey key : byFingerprint.values()) {
                try {
                    return open(key, sealed.substring(UNNAMED_KEY_PREFIX.length()), hostEntity);
                } catch (GeneralSecurityException | IllegalArgumentException notThisKey) {
                    // the next key may be the one
                }
            }
            throw mismatch(hostEntity, UNKNOWN_FINGERPRINT);
        }
        String fingerprint = sealedWith(sealed);
        if (fingerprint == null) {
            throw new IllegalStateException("A stored token of " + hostEntity + " is not in Koppel's encrypted form");
        }
        SecretKey key = byFingerprint.get(fingerprint);
        if (key == null) {
            throw mismatch(hostEntity, fingerprint);
        }
        try {
            return open(key, sealed.substring(PREFIX.length() + fingerprint.length() + 1), hostEntity);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A stored token of " + hostEntity + " does not decrypt with the key it"
                    + " names (" + fingerprint + "): the row was changed or copied from another connection", e);
        }
    }

    /** Whether this node has the key that sealed the value (true for no value: there is nothing to lose). */
    boolean canOpen(String sealed, String hostEntity) {
        if (sealed == null) {
            return true;
        }
        if (sealed.startsWith(UNNAMED_KEY_PREFIX)) {
            try {
                decrypt(sealed, hostEntity);
                return true;
            } catch (KoppelException | IllegalStateException unreadable) {
                return false;
            }
        }
        String fingerprint = sealedWith(sealed);
        return fingerprint != null && byFingerprint.containsKey(fingerprint);
    }

    /** Whether the value is sealed with a key other than the current one (a previous key, or an unnamed one). */
    boolean sealedWithOlderKey(String sealed) {
        return sealed != null && !currentFingerprint.equals(sealedWith(sealed));
    }

    /** The reason a node gives for tokens it cannot open. */
    Reason mismatchReason(String hostEntity, String sealed) {
        String fingerprint = sealedWith(sealed);
        return Reason.of(ReasonCode.CONNECTION_TOKEN_KEY_MISMATCH, hostEntity,
                fingerprint == null ? UNKNOWN_FINGERPRINT : fingerprint, currentFingerprint);
    }

    private KoppelException mismatch(String hostEntity, String fingerprint) {
        return new KoppelException(Reason.of(ReasonCode.CONNECTION_TOKEN_KEY_MISMATCH, hostEntity, fingerprint,
                currentFingerprint));
    }

    /** The fingerprint a value names, or null for a value without one. */
    private static String sealedWith(String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            return null;
        }
        int end = sealed.indexOf(':', PREFIX.length());
        return end < 0 ? null : sealed.substring(PREFIX.length(), end);
    }

    private static String open(SecretKey key, String base64, String hostEntity) throws GeneralSecurityException {
        byte[] bytes = Base64.getDecoder().decode(base64);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
        cipher.updateAAD(hostEntity.getBytes(StandardCharsets.UTF_8));
        return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
    }

    private static SecretKey requireAes256(SecretKey key) {
        if (!"AES".equals(key.getAlgorithm()) || key.getEncoded().length != 32) {
            throw new IllegalArgumentException("Koppel's token key must be a 256-bit AES key");
        }
        return key;
    }
}
