package io.koppel.simulator;

/** Tokens as the token endpoint hands them out. {@code expiresIn} is a string, like Exact's "600". */
public record TokenPair(String accessToken, String refreshToken, String expiresIn) {
}
