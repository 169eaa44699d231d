package io.koppel.client.internal.ops;

import io.koppel.client.ExactTransientException;
import io.koppel.client.Exchange;
import io.koppel.client.TimeSource;
import io.koppel.client.TokenEndpoint;
import io.koppel.client.Tokens;
import io.koppel.client.internal.http.HttpRequest;
import io.koppel.client.internal.http.HttpResponse;
import io.koppel.client.internal.http.HttpTransport;
import io.koppel.client.internal.http.TransportFailure;
import io.koppel.client.internal.wire.ErrorMessage;
import io.koppel.client.internal.wire.TokenResponses;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Exact's OAuth2 token endpoint ({@code /api/oauth2/token}, form-encoded). No division gate or rate limiter:
 * Exact counts token calls per app and user, not per division. The form is never reported, it holds secrets.
 */
public record OAuthTokenEndpoint(HttpTransport transport, ExchangeReporter reporter, TimeSource time)
        implements TokenEndpoint {
    static final String AUTH_PATH = "/api/oauth2/auth";
    static final String TOKEN_PATH = "/api/oauth2/token";

    @Override
    public URI authorizationUri(URI siteBaseUri, String clientId, URI redirectUri, String state) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", clientId);
        query.put("redirect_uri", redirectUri.toString());
        query.put("response_type", "code");
        if (state != null) {
            query.put("state", state);
        }
        query.put("force_login", "0");
        return URI.create(base(siteBaseUri) + AUTH_PATH + "?" + form(query));
    }

    @Override
    public Tokens exchangeCode(URI siteBaseUri, String clientId, String clientSecret, URI redirectUri, String code,
            String hostEntity) {
        Map<String, String> form = new LinkedHashMap<>();
        // the code arrives URL-decoded from the redirect (its '!' as '!'); it is encoded once, here
        form.put("code", code);
        form.put("redirect_uri", redirectUri.toString());
        form.put("grant_type", "authorization_code");
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        try {
            return post(siteBaseUri, form, "oauth.exchangeCode", hostEntity);
        } catch (ExactTransientException refused) {
            if (refused.httpStatus() != null && refused.httpStatus() == 400) {
                // A code is single-use and lives minutes: Exact's bare 400 means this one cannot be used.
                throw new io.koppel.client.ExactAuthorizationException(
                        io.koppel.client.ExactAuthorizationException.Reason.REVOKED, refused.getMessage(), 400);
            }
            throw refused;
        }
    }

    @Override
    public Tokens refresh(URI siteBaseUri, String clientId, String clientSecret, String refreshToken,
            String hostEntity) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("refresh_token", refreshToken);
        form.put("grant_type", "refresh_token");
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        return post(siteBaseUri, form, "oauth.refresh", hostEntity);
    }

    private Tokens post(URI site, Map<String, String> form, String operation, String hostEntity) {
        URI uri = URI.create(base(site) + TOKEN_PATH);
        HttpRequest request = new HttpRequest("POST", uri, Map.of("Accept", "application/json"), form(form),
                "application/x-www-form-urlencoded");
        Instant started = time.now();
        reporter.sending(new Exchange(started, hostEntity, null, null, operation, "POST", TOKEN_PATH, null, 0, true,
                null, null));
        long startNanos = System.nanoTime();
        HttpResponse response;
        try {
            response = transport.send(request);
        } catch (TransportFailure failure) {
            report(started, startNanos, hostEntity, operation, null, failure.getMessage());
            throw new ExactTransientException(failure.getMessage(), null, failure.requestSent(), failure);
        }
        if (response.isSuccess()) {
            report(started, startNanos, hostEntity, operation, response.status(), null);
            return TokenResponses.tokens(response);
        }
        report(started, startNanos, hostEntity, operation, response.status(),
                ErrorMessage.of(response.status(), response.body(), response.header("Reason")));
        throw TokenResponses.error(response, time.now());
    }

    private void report(Instant started, long startNanos, String hostEntity, String operation, Integer status,
            String message) {
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        reporter.report(new Exchange(started, hostEntity, null, null, operation, "POST", TOKEN_PATH, status, millis,
                status == null || status >= 400, message, null));
    }

    private static String form(Map<String, String> values) {
        StringJoiner joined = new StringJoiner("&");
        values.forEach((name, value) -> joined.add(encode(name) + "=" + encode(value)));
        return joined.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String base(URI site) {
        String text = site.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
