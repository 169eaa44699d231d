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

    /**
     * Exact answered 401 to {@code rejected}: drop it and hand out a newly refreshed one, once. The client sends
     * the call once more with it; a second 401 is final.
     *
     * @throws ExactAuthorizationException when no other token can be had (Exact allows no refresh within 570
     *     seconds of the last), which the caller takes as the connection waiting
     */
    default String renewAfterRejection(String rejected) {
        throw new ExactAuthorizationException(ExactAuthorizationException.Reason.UNAUTHORIZED,
                "Exact refused the access token and this token source cannot renew it", 401);
    }
}
