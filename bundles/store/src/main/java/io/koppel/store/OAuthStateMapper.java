package io.koppel.store;

import java.time.Instant;

/** SQL of {@code koppel_oauth_state}. */
public interface OAuthStateMapper {

    void insert(OAuthStateRow row);

    OAuthStateRow find(String stateHash);

    /**
     * Uses a state up: of two callbacks with the same state, only one deletes it.
     *
     * @return 1 for the callback that may go on, 0 for a replay
     */
    int delete(String stateHash);

    int deleteExpired(Instant now);
}
