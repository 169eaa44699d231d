package io.koppel.client;

/**
 * What the token endpoint hands out. Store both tokens before doing anything else: the refresh token just
 * used is dead from now on.
 *
 * @param expiresInSeconds the access token's lifetime (Exact: 600), sent by Exact as a string or a number
 */
public record Tokens(String accessToken, String refreshToken, long expiresInSeconds) {

    @Override
    public String toString() {
        return "Tokens[expiresInSeconds=" + expiresInSeconds + "]";
    }
}
