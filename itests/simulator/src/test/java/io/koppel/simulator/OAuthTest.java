package io.koppel.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.koppel.simulator.DefaultDataSet.*;
import static org.junit.jupiter.api.Assertions.*;

class OAuthTest extends SimulatorTestBase {
    static final String REDIRECT = "http://localhost:54321/koppel/callback";

    private Map<String, String> refreshForm(String refreshToken) {
        return Map.of("grant_type", "refresh_token", "refresh_token", refreshToken, "client_id", CLIENT_ID,
                "client_secret", CLIENT_SECRET);
    }

    @Test
    void authorizationCodeFlowWithPlainHttp() {
        JsonNode tokens = http.authorize(CLIENT_ID, CLIENT_SECRET, REDIRECT, USERNAME, PASSWORD);
        assertEquals("600", tokens.get("expires_in").asText());
        assertTrue(tokens.get("expires_in").isTextual(), "expires_in is a JSON string like Exact's");
        assertEquals("bearer", tokens.get("token_type").asText().toLowerCase());
        HttpResponse<String> me = http.get("current/Me", tokens.get("access_token").asText());
        assertEquals(200, me.statusCode(), me.body());
        JsonNode user = SimHttp.json(me).get("d").get("results").get(0);
        assertEquals(DIVISION, user.get("CurrentDivision").asInt());
        assertEquals(USER_ID.toString(), user.get("UserID").asText());
        assertEquals("nl-BE", user.get("LanguageCode").asText());
    }

    @Test
    void registeredRedirectUriAndUnknownClientAndForeignRedirect() {
        http.authorize(CLIENT_ID, CLIENT_SECRET, REDIRECT_URI, USERNAME, PASSWORD);
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(http.base
                + "/api/oauth2/auth?client_id=00000000-0000-0000-0000-000000000000&redirect_uri=" + SimHttp.q(REDIRECT)
                + "&response_type=code")).GET());
        assertEquals(400, unknown.statusCode());
        HttpResponse<String> foreign = http.send(HttpRequest.newBuilder(URI.create(http.base
                + "/api/oauth2/auth?client_id=" + CLIENT_ID + "&redirect_uri=" + SimHttp.q("https://evil.example/cb")
                + "&response_type=code")).GET());
        assertEquals(400, foreign.statusCode());
    }

    @Test
    void denyRedirectsWithAccessDeniedAndState() {
        Map<String, String> form = new LinkedHashMap<>(Map.of("client_id", CLIENT_ID, "redirect_uri", REDIRECT,
                "response_type", "code", "state", "abc 123", "action", "deny"));
        HttpResponse<String> r = http.form("/api/oauth2/auth", form);
        assertEquals(302, r.statusCode());
        Map<String, String> params = SimHttp.queryParams(r.headers().firstValue("Location").orElseThrow());
        assertEquals("access_denied", params.get("error"));
        assertEquals("abc 123", params.get("state"));
    }

    @Test
    void wrongPasswordShowsTheFormAgain() {
        Map<String, String> form = new LinkedHashMap<>(Map.of("client_id", CLIENT_ID, "redirect_uri", REDIRECT,
                "response_type", "code", "username", USERNAME, "password", "wrong", "action", "allow"));
        HttpResponse<String> r = http.form("/api/oauth2/auth", form);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Ongeldige gebruikersnaam of wachtwoord"));
        assertFalse(r.headers().firstValue("Location").isPresent());
    }

    private String code(String redirect) {
        Map<String, String> form = new LinkedHashMap<>(Map.of("client_id", CLIENT_ID, "redirect_uri", redirect,
                "response_type", "code", "username", USERNAME, "password", PASSWORD, "action", "allow"));
        HttpResponse<String> r = http.form("/api/oauth2/auth", form);
        String code = SimHttp.queryParams(r.headers().firstValue("Location").orElseThrow()).get("code");
        assertTrue(code.contains("!"), "Exact-style code with '!' that the client must URL-decode: " + code);
        return code;
    }

    private HttpResponse<String> exchange(String code, String redirect, String secret) {
        return http.form("/api/oauth2/token", Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", redirect, "client_id", CLIENT_ID, "client_secret", secret));
    }

    @Test
    void codesAreSingleUseAndValidThreeMinutes() {
        String code = code(REDIRECT);
        assertEquals(200, exchange(code, REDIRECT, CLIENT_SECRET).statusCode());
        HttpResponse<String> reuse = exchange(code, REDIRECT, CLIENT_SECRET);
        assertEquals(400, reuse.statusCode());
        assertEquals("Bad Request", reuse.body());

        String late = code(REDIRECT);
        http.control("clock", Map.of("advanceSeconds", 181));
        assertEquals(400, exchange(late, REDIRECT, CLIENT_SECRET).statusCode());

        String fresh = code(REDIRECT);
        http.control("clock", Map.of("advanceSeconds", 170));
        assertEquals(200, exchange(fresh, REDIRECT, CLIENT_SECRET).statusCode());
    }

    @Test
    void wrongSecretAndMismatchedRedirectAreRefused() {
        String code = code(REDIRECT);
        HttpResponse<String> wrongSecret = exchange(code, REDIRECT, "nope");
        assertEquals(400, wrongSecret.statusCode());
        assertEquals("invalid_client", SimHttp.json(wrongSecret).get("error").asText());
        assertEquals(400, exchange(code(REDIRECT), "http://localhost:1/other", CLIENT_SECRET).statusCode());
    }

    @Test
    void accessTokenLivesSixHundredSeconds() {
        JsonNode tokens = http.authorize(CLIENT_ID, CLIENT_SECRET, REDIRECT, USERNAME, PASSWORD);
        String access = tokens.get("access_token").asText();
        http.control("clock", Map.of("advanceSeconds", 590));
        assertEquals(200, http.get("current/Me", access).statusCode());
        http.control("clock", Map.of("advanceSeconds", 11));
        HttpResponse<String> expired = http.get("current/Me", access);
        assertEquals(401, expired.statusCode());
        assertEquals(401, http.get("current/Me", "garbage").statusCode());
        assertEquals(401, http.get("current/Me", null).statusCode());
    }

    @Test
    void refreshIsRefusedBefore570SecondsWithReasonHeader() {
        JsonNode tokens = http.authorize(CLIENT_ID, CLIENT_SECRET, REDIRECT, USERNAME, PASSWORD);
        http.control("clock", Map.of("advanceSeconds", 560));
        HttpResponse<String> early = http.form("/api/oauth2/token", refreshForm(tokens.get("refresh_token").asText()));
        assertEquals(400, early.statusCode());
        JsonNode body = SimHttp.json(early);
        assertEquals("access_denied", body.get("error").asText());
        assertEquals("Rate limit exceeded: access_token not expired", body.get("error_description").asText());
        assertEquals("TooEarlyToRefreshTokens: Rate limit exceeded: access_token not expired",
                early.headers().firstValue("Reason").orElse(null));
        // the refused attempt does not use up the refresh token
        http.control("clock", Map.of("advanceSeconds", 11));
        assertEquals(200, http.form("/api/oauth2/token", refreshForm(tokens.get("refresh_token").asText())).statusCode());
    }

    @Test
    void refreshTokensRotateAndAreSingleUse() {
        JsonNode first = http.authorize(CLIENT_ID, CLIENT_SECRET, REDIRECT, USERNAME, PASSWORD);
        http.control("clock", Map.of("advanceSeconds", 575));
        HttpResponse<String> refreshed = http.form("/api/oauth2/token", refreshForm(first.get("refresh_token").asText()));
        assertEquals(200, refreshed.statusCode(), refreshed.body());
        JsonNode second = SimHttp.json(refreshed);
        assertNotEquals(first.get("refresh_token").asText(), second.get("refresh_token").asText());
        assertEquals(200, http.get("current/Me", second.get("access_token").asText()).statusCode());

        http.control("clock", Map.of("advanceSeconds", 575));
        HttpResponse<String> old = http.form("/api/oauth2/token", refreshForm(first.get("refresh_token").asText()));
        assertEquals(401, old.statusCode());
        assertEquals("{\"error\":\"unauthorized_client\",\"error_description\":\"Old refresh token used.\"}", old.body());
        assertEquals(200, http.form("/api/oauth2/token", refreshForm(second.get("refresh_token").asText())).statusCode());
    }

    @Test
    void tokensWithPlusSignsMustBeFormEncoded() {
        JsonNode tokens = http.authorize(CLIENT_ID, CLIENT_SECRET, REDIRECT, USERNAME, PASSWORD);
        http.control("clock", Map.of("advanceSeconds", 575));
        String refresh = tokens.get("refresh_token").asText();
        // a client that forgets to encode: '+' arrives as a space, '!' and '/' survive
        String raw = "grant_type=refresh_token&client_id=" + CLIENT_ID + "&client_secret=" + CLIENT_SECRET
                + "&refresh_token=" + refresh;
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(http.base + "/api/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(raw)));
        if (refresh.contains("+") || refresh.contains("%") || refresh.contains("&")) {
            assertEquals(400, r.statusCode());
        } else {
            assertEquals(200, r.statusCode());
        }
    }

    @Test
    void refreshTokenExpiresAfterThirtyDaysUnused() {
        JsonNode tokens = http.authorize(CLIENT_ID, CLIENT_SECRET, REDIRECT, USERNAME, PASSWORD);
        http.control("clock", Map.of("advance", "P30DT1M"));
        HttpResponse<String> r = http.form("/api/oauth2/token", refreshForm(tokens.get("refresh_token").asText()));
        assertEquals(400, r.statusCode());
        JsonNode body = SimHttp.json(r);
        assertEquals("invalid_request", body.get("error").asText());
        assertTrue(body.get("error_description").asText().matches(
                "The refresh token expired at \\d{1,2}/\\d{1,2}/\\d{4} \\d{1,2}:\\d{2}:\\d{2} [AP]M and it is now .*\\."),
                body.toString());
    }

    @Test
    void atMost200TokenCallsPerDay() {
        sim.setErrorBlockThreshold(0); // the refusals below would block the token endpoint first
        // early in a UTC day: the ten minutes below must not reach the next day, which would allow 200 calls more
        http.control("clock", Map.of("set", "2026-11-21T09:00:00Z"));
        JsonNode tokens = http.authorize(CLIENT_ID, CLIENT_SECRET, REDIRECT, USERNAME, PASSWORD); // call 1
        String refresh = tokens.get("refresh_token").asText();
        for (int i = 2; i <= 200; i++) {
            HttpResponse<String> r = http.form("/api/oauth2/token", refreshForm(refresh)); // too early, but counted
            assertEquals(400, r.statusCode());
            assertEquals("access_denied", SimHttp.json(r).get("error").asText());
        }
        http.control("clock", Map.of("advanceSeconds", 575));
        HttpResponse<String> over = http.form("/api/oauth2/token", refreshForm(refresh));
        assertEquals(400, over.statusCode());
        assertTrue(over.headers().firstValue("Reason").orElse("").startsWith("TooManyTokenRequests"), over.body());
        // the next UTC day the app may refresh again
        http.control("clock", Map.of("advance", "P1D"));
        assertEquals(200, http.form("/api/oauth2/token", refreshForm(refresh)).statusCode());
    }

    @Test
    void revokedTokensAreRefused() {
        JsonNode tokens = http.authorize(CLIENT_ID, CLIENT_SECRET, REDIRECT, USERNAME, PASSWORD);
        JsonNode revoked = http.control("tokens/revoke", Map.of("clientId", CLIENT_ID, "username", USERNAME));
        assertTrue(revoked.get("revoked").asInt() >= 2);
        assertEquals(401, http.get("current/Me", tokens.get("access_token").asText()).statusCode());
        http.control("clock", Map.of("advanceSeconds", 575));
        HttpResponse<String> r = http.form("/api/oauth2/token", refreshForm(tokens.get("refresh_token").asText()));
        assertEquals(400, r.statusCode());
        assertEquals("invalid_grant", SimHttp.json(r).get("error").asText());
    }

    @Test
    void theTokenEndpointBlocksAnAppAfterTenErrorsWithinAnHour() {
        for (int i = 0; i < 11; i++) {
            assertEquals(400, http.form("/api/oauth2/token", refreshForm("Gcp7!IAAAnonsense" + i)).statusCode());
        }
        HttpResponse<String> blocked = http.form("/api/oauth2/token", refreshForm("Gcp7!IAAAnonsense"));

        assertEquals(429, blocked.statusCode());
        assertTrue(blocked.body().contains("blocked until"), blocked.body());
    }
}
