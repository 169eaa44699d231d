package io.koppel.store;

import io.koppel.api.connection.ExactSite;
import java.time.Instant;

/** A row of {@code koppel_oauth_state}: the hash of a state handed to Exact, and whose consent it asks. */
public record OAuthStateRow(String stateHash, String hostEntity, ExactSite site, Instant expiresAt) {
}
