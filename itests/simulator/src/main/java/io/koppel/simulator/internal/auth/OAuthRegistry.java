package io.koppel.simulator.internal.auth;

import io.koppel.simulator.AppRegistration;
import io.koppel.simulator.SimUser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Registered apps and users. */
public final class OAuthRegistry {
    private final Map<String, AppRegistration> apps = new ConcurrentHashMap<>();
    private final Map<String, SimUser> usersByName = new ConcurrentHashMap<>();
    private final Map<UUID, SimUser> usersById = new ConcurrentHashMap<>();

    public void register(AppRegistration app) {
        apps.put(app.clientId().toLowerCase(Locale.ROOT), app);
    }

    public void register(SimUser user) {
        SimUser previous = usersByName.put(user.username().toLowerCase(Locale.ROOT), user);
        if (previous != null) {
            usersById.remove(previous.userId());
        }
        usersById.put(user.userId(), user);
    }

    /** Client ids are GUIDs; Exact shows them in braces in the App Center, so tolerate those. */
    public AppRegistration app(String clientId) {
        if (clientId == null) {
            return null;
        }
        String normalized = clientId.trim().toLowerCase(Locale.ROOT);
        if (normalized.startsWith("{") && normalized.endsWith("}")) {
            normalized = normalized.substring(1, normalized.length() - 1);
        }
        return apps.get(normalized);
    }

    public SimUser userByName(String username) {
        return username == null ? null : usersByName.get(username.trim().toLowerCase(Locale.ROOT));
    }

    public SimUser user(UUID userId) {
        return usersById.get(userId);
    }

    public List<AppRegistration> apps() {
        return new ArrayList<>(apps.values());
    }

    public List<SimUser> users() {
        return new ArrayList<>(usersByName.values());
    }

    public void clear() {
        apps.clear();
        usersByName.clear();
        usersById.clear();
    }
}
