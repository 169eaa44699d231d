package io.koppel.dashboard.internal;

import java.time.Instant;
import java.util.Set;

/**
 * A logged-in user. The CSRF token is handed to the page (never in a cookie) and must come back with every change.
 *
 * @param user the JAAS user name
 * @param roles what the user may do
 * @param csrfToken the token every change must carry in the {@code X-CSRF-Token} header
 * @param lastSeen the last request, for the idle timeout
 */
record DashboardSession(String user, Set<Role> roles, String csrfToken, Instant lastSeen) {

    boolean may(Role role) {
        return roles.contains(role);
    }

    DashboardSession seenAt(Instant now) {
        return new DashboardSession(user, roles, csrfToken, now);
    }
}
