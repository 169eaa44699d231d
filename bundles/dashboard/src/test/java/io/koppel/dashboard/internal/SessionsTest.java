package io.koppel.dashboard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionsTest {
    private Instant now = Instant.parse("2026-11-29T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aSessionLivesWhileItIsUsedAndEndsAfterItsIdleTime() {
        Sessions sessions = new Sessions(clock, Duration.ofMinutes(30));
        String id = sessions.open("clara", Set.of(Role.CLERK));
        now = now.plus(Duration.ofMinutes(29));
        assertEquals("clara", sessions.find(id).orElseThrow().user());
        now = now.plus(Duration.ofMinutes(29));
        assertTrue(sessions.find(id).isPresent(), "used a minute ago counts from then");
        now = now.plus(Duration.ofMinutes(31));
        assertFalse(sessions.find(id).isPresent());
    }

    @Test
    void anUnknownOrClosedIdFindsNothingAndEachSessionHasItsOwnToken() {
        Sessions sessions = new Sessions(clock, Duration.ofMinutes(30));
        String first = sessions.open("clara", Set.of(Role.CLERK));
        String second = sessions.open("adam", Set.of(Role.CLERK, Role.ADMIN));
        assertNotEquals(sessions.find(first).orElseThrow().csrfToken(), sessions.find(second).orElseThrow().csrfToken());
        assertFalse(sessions.find(null).isPresent());
        assertFalse(sessions.find(first + "x").isPresent());
        sessions.close(first);
        assertFalse(sessions.find(first).isPresent());
        assertTrue(sessions.find(second).orElseThrow().may(Role.ADMIN));
    }

    @Test
    void aTokenMatchesOnlyItself() {
        assertTrue(Sessions.sameToken("abc", "abc"));
        assertFalse(Sessions.sameToken("abc", "abd"));
        assertFalse(Sessions.sameToken("abc", null));
        assertFalse(Sessions.sameToken("abc", ""));
    }
}
