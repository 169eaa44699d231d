package io.koppel.client.internal.ops;

import io.koppel.client.CallContext;
import io.koppel.client.ExactRateLimitException;
import io.koppel.client.ExactTransientException;
import io.koppel.client.Exchange;
import io.koppel.client.RateBudget;
import io.koppel.client.TimeSource;
import io.koppel.client.internal.http.HttpRequest;
import io.koppel.client.internal.http.HttpResponse;
import io.koppel.client.internal.http.HttpTransport;
import io.koppel.client.internal.http.TransportFailure;
import io.koppel.client.internal.limits.DivisionGate;
import io.koppel.client.internal.limits.DivisionKey;
import io.koppel.client.internal.limits.ErrorBudget;
import io.koppel.client.internal.limits.RateLimiter;
import io.koppel.client.internal.wire.ApiErrors;
import io.koppel.client.internal.wire.ErrorMessage;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes one API request the way Exact wants it: through the division's gate, within its rate limits and the
 * endpoint's error budget, with the caller's access token, reported to the exchange listeners, and 429s waited out
 * and sent again. A 401 is answered once with a renewed token; a second one is final.
 */
public record ApiCaller(HttpTransport transport, DivisionGate gate, RateLimiter limiter, ErrorBudget errors,
        ExchangeReporter reporter, TimeSource time, int maxRateLimitRetries) {

    /**
     * @param jsonBody the body of a POST or PUT, else null
     * @return the successful (2xx) response
     */
    public HttpResponse call(CallContext ctx, String operation, String method, URI uri, String jsonBody) {
        DivisionKey key = DivisionKey.of(ctx.siteBaseUri(), ctx.division());
        String endpoint = endpointOf(uri);
        // the token is taken after any rate-limit wait, so it is fresh when sent; [0] is the one last sent
        String[] sent = new String[1];
        String renewedToken = null;
        boolean renewed = false;
        for (int attempt = 0; ; attempt++) {
            String token = renewedToken;
            HttpResponse response = gate.through(key,
                    () -> sendOnce(ctx, key, endpoint, operation, method, uri, jsonBody, token, sent));
            if (response.isSuccess()) {
                return response;
            }
            if (response.status() == 401 && !renewed) {
                // A token Exact no longer takes (revoked by a new consent, a clock difference): one renewal, one
                // more try. Repeating it would only add errors toward Exact's block.
                renewed = true;
                renewedToken = ctx.tokens().renewAfterRejection(sent[0]);
                continue;
            }
            if (response.status() != 429) {
                throw ApiErrors.map(response);
            }
            if (RateLimiter.isEndpointBlock(response)) {
                Instant until = time.now().plus(java.time.Duration.ofHours(1));
                errors.closeUntil(key, endpoint, until);
                throw new ExactRateLimitException(ExactRateLimitException.Window.ENDPOINT_ERRORS, until, endpoint,
                        "Exact blocked " + endpoint + " of division " + ctx.division() + ": "
                                + ErrorMessage.of(429, response.body(), response.header("Reason")), 429);
            }
            if (attempt >= maxRateLimitRetries) {
                RateBudget.Window minutely = limiter.budget(key).map(RateBudget::minutely).orElse(null);
                Instant reset = minutely == null ? null : minutely.resetAt();
                throw new ExactRateLimitException(ExactRateLimitException.Window.MINUTELY, reset,
                        "Exact kept answering 429 for division " + ctx.division() + " after " + (attempt + 1)
                                + " attempts", 429);
            }
            // the limiter now knows the window is spent; the next attempt waits for its reset
        }
    }

    /** The endpoint Exact counts errors on: {@code service/Entity}, without division, key and query. */
    static String endpointOf(URI uri) {
        String path = uri.getPath();
        int api = path.indexOf("/api/v1/");
        String rest = api < 0 ? path : path.substring(api + "/api/v1/".length());
        int slash = rest.indexOf('/');
        if (slash > 0 && rest.substring(0, slash).chars().allMatch(Character::isDigit)) {
            rest = rest.substring(slash + 1);
        }
        int key = rest.indexOf('(');
        return key < 0 ? rest : rest.substring(0, key);
    }

    /** @param token a renewed token to send, or null for the token source's current one */
    private HttpResponse sendOnce(CallContext ctx, DivisionKey key, String endpoint, String operation, String method,
            URI uri, String jsonBody, String token, String[] sent) {
        errors.check(key, endpoint, time.now());
        limiter.beforeSend(key);
        sent[0] = token != null ? token : ctx.tokens().accessToken();
        HttpRequest request = new HttpRequest(method, uri, headers(sent[0], method), jsonBody,
                "application/json");
        Instant started = time.now();
        if (!"GET".equals(method)) {
            reporter.sending(exchange(ctx, operation, request, started, null, 0, null));
        }
        long startNanos = System.nanoTime();
        HttpResponse response;
        try {
            response = transport.send(request);
        } catch (TransportFailure failure) {
            report(ctx, operation, request, started, startNanos, null, failure.getMessage());
            boolean mayHaveReached = failure.requestSent();
            throw new ExactTransientException((failure.timedOut() ? "no answer from Exact in time: " : "")
                    + failure.getMessage(), null, mayHaveReached, failure);
        }
        limiter.afterResponse(key, response);
        errors.observe(key, endpoint, response.status(), time.now());
        String message = response.isSuccess() ? null
                : ErrorMessage.of(response.status(), response.body(), response.header("Reason"));
        report(ctx, operation, request, started, startNanos, response.status(), message);
        return response;
    }

    private static Map<String, String> headers(String token, String method) {
        Map<String, String> headers = new LinkedHashMap<>();
        // without it Exact answers in Atom XML
        headers.put("Accept", "application/json");
        headers.put("Authorization", "Bearer " + token);
        if ("POST".equals(method)) {
            headers.put("Prefer", "return=representation");
        }
        return headers;
    }

    private void report(CallContext ctx, String operation, HttpRequest request, Instant started, long startNanos,
            Integer status, String message) {
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        reporter.report(exchange(ctx, operation, request, started, status, millis, message));
    }

    private static Exchange exchange(CallContext ctx, String operation, HttpRequest request, Instant started,
            Integer status, long millis, String message) {
        return new Exchange(started, ctx.hostEntity(), ctx.division(), ctx.searchNumber(),
                ctx.operation() == null ? operation : ctx.operation() + ": " + operation, request.method(),
                pathOf(request.uri()), status, millis, status == null || status >= 400, message, request.body());
    }

    static String pathOf(URI uri) {
        return uri.getQuery() == null ? uri.getPath() : uri.getPath() + "?" + uri.getQuery();
    }
}
