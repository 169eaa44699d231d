package io.koppel.client;

/**
 * Hands the client a valid access token for one call. Implemented by whoever owns the tokens (the auth bundle):
 * it refreshes them when needed, so the client never does.
 */
@FunctionalInterface
public interface AccessTokenSource {

    /**
     * @return an access token valid for at least the duration of the next call
     * @throws ExactAuthorizationException when no valid token can be had without a new consent
     */
    String accessToken();
}
