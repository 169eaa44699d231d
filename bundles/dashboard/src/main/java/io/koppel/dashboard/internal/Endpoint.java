package io.koppel.dashboard.internal;

/**
 * A JSON endpoint of the dashboard: its method, the role it needs (checked on the server, whatever the page
 * shows) and what it does. Every POST is a change and must carry the session's CSRF token.
 */
record Endpoint(String method, Role role, Handler handler) {

    @FunctionalInterface
    interface Handler {
        /** @return the answer, written as JSON; {@code null} when the handler wrote the response itself */
        Object handle(Call call) throws Exception;
    }

    static Endpoint get(Role role, Handler handler) {
        return new Endpoint("GET", role, handler);
    }

    static Endpoint post(Role role, Handler handler) {
        return new Endpoint("POST", role, handler);
    }
}
