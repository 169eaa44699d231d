package io.koppel.api.connection;

/**
 * Where a connection stands. Postings are sent only for {@link #CONNECTED} connections; the others wait, and
 * their postings carry a reason that says why.
 */
public enum ConnectionState {
    /** {@code connect} was called; waiting for the admin to log in and consent at Exact. */
    AWAITING_CONSENT,
    /** Linked, but the division or the sales journals are not chosen yet. */
    INCOMPLETE,
    /** Linked and configured: postings flow. */
    CONNECTED,
    /**
     * Exact no longer accepts the link (refresh token expired, used twice or revoked, user without divisions);
     * an admin must link again.
     */
    NEEDS_REAUTHORIZATION,
    /**
     * Shown by a Karaf node whose token key cannot read the connection's tokens: the nodes sharing the database
     * do not have the same {@code tokenKey}. The node leaves the tokens untouched and the stored state as it is;
     * nodes with the right key keep posting.
     */
    TOKEN_KEY_MISMATCH
}
