package io.koppel.client;

import java.time.Instant;

/**
 * One HTTP exchange with Exact, as reported to {@link ExchangeListener}s. A retried call is several exchanges.
 *
 * @param time           when the request was sent
 * @param hostEntity     from the {@link CallContext}, or null (always null for token calls made without one)
 * @param division       the division in the URL, or null for token calls
 * @param searchNumber   from the {@link CallContext}, or null
 * @param operation      what was done, e.g. "createSalesEntry" or "oauth.refresh"
 * @param method         GET, POST, PUT or DELETE
 * @param path           path and query of the request, never carrying a token
 * @param httpStatus     the response status, or null when no response came
 * @param durationMillis from sending until the response was read or the failure known
 * @param failed         true for any status of 400 and above and for transport failures
 * @param message        Exact's error message or the transport failure's text; null on success
 * @param requestBody    the JSON sent, or null (always null for token calls: their form holds secrets)
 */
public record Exchange(Instant time, String hostEntity, Integer division, String searchNumber, String operation,
                       String method, String path, Integer httpStatus, long durationMillis, boolean failed,
                       String message, String requestBody) {
}
