package io.koppel.dashboard.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dashboard's logins, kept in this node's memory under a random id that only the HttpOnly cookie carries.
 * Ids are stored hashed, so a heap dump shows no usable cookie.
 */
final class Sessions {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, DashboardSession> byIdHash = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration idle;

    Sessions(Clock clock, Duration idle) {
        this.clock = clock;
        this.idle = idle;
    }

    /** Starts a session. @return the id for the cookie */
    String open(String user, Set<Role> roles) {
        purgeIdle();
        String id = randomToken();
        byIdHash.put(hash(id), new DashboardSession(user, Set.copyOf(roles), randomToken(), clock.instant()));
        return id;
    }

    /** The session of a cookie's id, if it is still live; touches it. */
    Optional<DashboardSession> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        DashboardSession session = byIdHash.computeIfPresent(hash(id),
                (key, found) -> isIdle(found, now) ? null : found.seenAt(now));
        return Optional.ofNullable(session);
    }

    void close(String id) {
        if (id != null) {
            byIdHash.remove(hash(id));
        }
    }

    private void purgeIdle() {
        Instant now = clock.instant();
        byIdHash.values().removeIf(session -> isIdle(session, now));
    }

    private boolean isIdle(DashboardSession session, Instant now) {
        return session.lastSeen().plus(idle).isBefore(now);
    }

    /** Whether a token the page sent is the session's, compared in constant time. */
    static boolean sameToken(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                given.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String id) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(id.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
