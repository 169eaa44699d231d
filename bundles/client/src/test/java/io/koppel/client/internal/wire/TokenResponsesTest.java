package io.koppel.client.internal.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.client.ExactAuthorizationException;
import io.koppel.client.ExactAuthorizationException.Reason;
import io.koppel.client.ExactException;
import io.koppel.client.ExactRateLimitException;
import io.koppel.client.ExactTooEarlyToRefreshException;
import io.koppel.client.ExactTransientException;
import io.koppel.client.Tokens;
import io.koppel.client.internal.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The token endpoint's answers from reference sections 1.3 and 1.5. */
class TokenResponsesTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:15:00Z");

    private static ExactException error(int status, String body, Map<String, String> headers) {
        return TokenResponses.error(new HttpResponse(status, headers, body), NOW);
    }

    @Test
    void expiresInAsString() {
        Tokens tokens = TokenResponses.tokens(new HttpResponse(200, Map.of(), "{\"access_token\":\"AAEAAG1\","
                + "\"token_type\":\"Bearer\",\"expires_in\":\"600\",\"refresh_token\":\"Gcp7!IAAA1\"}"));

        assertEquals("AAEAAG1", tokens.accessToken());
        assertEquals("Gcp7!IAAA1", tokens.refreshToken());
        assertEquals(600, tokens.expiresInSeconds());
    }

    @Test
    void expiresInAsNumber() {
        Tokens tokens = TokenResponses.tokens(new HttpResponse(200, Map.of(), "{\"access_token\":\"a\","
                + "\"expires_in\":599,\"refresh_token\":\"r\"}"));

        assertEquals(599, tokens.expiresInSeconds());
    }

    @Test
    void tokensNeverShowInToString() {
        Tokens tokens = new Tokens("secret-access", "secret-refresh", 600);

        assertTrue(!tokens.toString().contains("secret"));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "401 | {\"error\":\"unauthorized_client\",\"error_description\":\"Old refresh token used.\"}"
                    + " | OLD_REFRESH_TOKEN | true",
            "400 | {\"error\":\"invalid_request\",\"error_description\":\"The refresh token expired at 10/11/2022"
                    + " 9:18:20 PM and it is now 10/28/2022 4:15:50 PM.\"} | EXPIRED | true",
            "400 | {\"error\":\"invalid_grant\",\"error_description\":\"Token is not allowed, because of invalid or"
                    + " empty chainId\"} | REVOKED | true",
            "400 | {\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}"
                    + " | INVALID_CLIENT | false"})
    void refusalsNameTheirReason(int status, String body, Reason reason, boolean needsConsent) {
        ExactAuthorizationException e = assertInstanceOf(ExactAuthorizationException.class,
                error(status, body, Map.of()));

        assertEquals(reason, e.reason());
        assertEquals(needsConsent, e.needsConsent());
    }

    @Test
    void tooEarlyByReasonHeader() {
        ExactException e = error(400, "{ \"error\":\"access_denied\",\"error_description\":\"Rate limit exceeded:"
                + " access_token not expired\" }", Map.of("Reason", "TooEarlyToRefreshTokens: Rate limit exceeded:"
                + " access_token not expired"));

        assertInstanceOf(ExactTooEarlyToRefreshException.class, e);
        assertEquals(400, e.httpStatus());
    }

    @Test
    void anUnexplainedRefusalKeepsTheGrant() {
        for (int status : new int[] {400, 403, 429}) {
            ExactTransientException e = assertInstanceOf(ExactTransientException.class,
                    error(status, status == 400 ? "Bad Request" : "", Map.of()));

            assertEquals(status, e.httpStatus());
            assertFalse(e.mayHaveReachedExact());
        }
    }

    @Test
    void dailyTokenQuotaWaitsForMidnightUtc() {
        ExactRateLimitException e = assertInstanceOf(ExactRateLimitException.class, error(400,
                "{\"error\":\"access_denied\",\"error_description\":\"Rate limit exceeded: token requests per day\"}",
                Map.of("Reason", "TooManyTokenRequests: Rate limit exceeded: token requests per day")));

        assertEquals(ExactRateLimitException.Window.DAILY, e.window());
        assertEquals(Instant.parse("2026-11-22T00:00:00Z"), e.resetAt());
    }

    @Test
    void serverErrorIsTransient() {
        assertInstanceOf(ExactTransientException.class, error(503, "", Map.of()));
    }
}
