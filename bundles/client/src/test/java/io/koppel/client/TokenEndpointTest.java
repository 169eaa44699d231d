package io.koppel.client;

import static io.koppel.simulator.DefaultDataSet.CLIENT_ID;
import static io.koppel.simulator.DefaultDataSet.CLIENT_SECRET;
import static io.koppel.simulator.DefaultDataSet.DIVISION;
import static io.koppel.simulator.DefaultDataSet.PASSWORD;
import static io.koppel.simulator.DefaultDataSet.USERNAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OAuth dance against the simulator: consent, code exchange, refresh and Exact's refusals. */
class TokenEndpointTest {
    private static final URI REDIRECT = URI.create("http://localhost:8181/koppel/oauth/callback");

    @RegisterExtension
    static final SimulatedExact exact = SimulatedExact.unlimited();

    /** Plays the user's browser: opens the consent page address and submits the login form. */
    private static String consent(String state) throws Exception {
        URI auth = exact.client.authorizationUri(exact.site, CLIENT_ID, REDIRECT, state);
        Map<String, String> form = new LinkedHashMap<>(query(auth));
        form.put("username", USERNAME);
        form.put("password", PASSWORD);
        form.put("action", "allow");
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(auth)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, answer.statusCode());
        Map<String, String> redirect = query(URI.create(answer.headers().firstValue("Location").orElseThrow()));
        assertEquals(state, redirect.get("state"));
        return redirect.get("code");
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return values;
    }

    @Test
    void authorizationUriIsEncoded() {
        URI uri = exact.client.authorizationUri(URI.create("https://start.exactonline.be"), CLIENT_ID,
                URI.create("https://host.example/koppel/callback?tenant=a%20b"), "s&t=1");

        assertEquals("https://start.exactonline.be/api/oauth2/auth?client_id=" + CLIENT_ID
                + "&redirect_uri=https%3A%2F%2Fhost.example%2Fkoppel%2Fcallback%3Ftenant%3Da%2520b"
                + "&response_type=code&state=s%26t%3D1&force_login=0", uri.toString());
    }

    @Test
    void codeExchangeRefreshAndTheRefusals() throws Exception {
        String code = consent("xyz");
        exact.exchanges.clear();

        Tokens first = exact.client.exchangeCode(exact.site, CLIENT_ID, CLIENT_SECRET, REDIRECT, code, "school 1");

        assertEquals(600, first.expiresInSeconds());
        assertFalse(exact.client.me(CallContext.of(exact.site, DIVISION, first::accessToken)).userName().isEmpty());
        Exchange exchange = exact.exchanges.exchanges.get(0);
        assertEquals("/api/oauth2/token", exchange.path());
        assertEquals("oauth.exchangeCode", exchange.operation());
        assertEquals("school 1", exchange.hostEntity());
        assertNull(exchange.requestBody());
        assertNull(exchange.division());

        ExactAuthorizationException reused = assertThrows(ExactAuthorizationException.class,
                () -> exact.client.exchangeCode(exact.site, CLIENT_ID, CLIENT_SECRET, REDIRECT, code));
        assertEquals(ExactAuthorizationException.Reason.REVOKED, reused.reason());

        assertThrows(ExactTooEarlyToRefreshException.class,
                () -> exact.client.refresh(exact.site, CLIENT_ID, CLIENT_SECRET, first.refreshToken()));

        exact.simulator.clock().advance(Duration.ofSeconds(575));
        Tokens second = exact.client.refresh(exact.site, CLIENT_ID, CLIENT_SECRET, first.refreshToken());
        assertFalse(second.refreshToken().equals(first.refreshToken()));

        exact.simulator.clock().advance(Duration.ofSeconds(575));
        ExactAuthorizationException old = assertThrows(ExactAuthorizationException.class,
                () -> exact.client.refresh(exact.site, CLIENT_ID, CLIENT_SECRET, first.refreshToken()));
        assertEquals(ExactAuthorizationException.Reason.OLD_REFRESH_TOKEN, old.reason());
        assertTrue(old.needsConsent());

        exact.simulator.clock().advance(Duration.ofDays(31));
        ExactAuthorizationException expired = assertThrows(ExactAuthorizationException.class,
                () -> exact.client.refresh(exact.site, CLIENT_ID, CLIENT_SECRET, second.refreshToken()));
        assertEquals(ExactAuthorizationException.Reason.EXPIRED, expired.reason());
        assertTrue(exact.exchanges.exchanges.stream().allMatch(e -> e.requestBody() == null
                && !e.path().contains(second.refreshToken())));
    }

    @Test
    void wrongSecretIsAnInvalidClient() {
        ExactAuthorizationException e = assertThrows(ExactAuthorizationException.class,
                () -> exact.client.refresh(exact.site, CLIENT_ID, "wrong", "whatever"));

        assertEquals(ExactAuthorizationException.Reason.INVALID_CLIENT, e.reason());
    }

    @Test
    void unknownRefreshTokenIsRevoked() {
        ExactAuthorizationException e = assertThrows(ExactAuthorizationException.class,
                () -> exact.client.refresh(exact.site, CLIENT_ID, CLIENT_SECRET, "Gcp7!IAAAnonsense"));

        assertEquals(ExactAuthorizationException.Reason.REVOKED, e.reason());
    }
}
