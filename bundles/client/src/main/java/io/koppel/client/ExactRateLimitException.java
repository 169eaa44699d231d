package io.koppel.client;

import java.time.Instant;

/**
 * A rate limit of Exact is spent and waiting for it would take longer than the client is configured to wait,
 * typically the daily limit; or one endpoint of a division has used up its error budget, so the client sends it
 * nothing until {@link #resetAt()} rather than have Exact block the app. Not a failure of the document: try
 * again after {@link #resetAt()}. Only {@link Window#ENDPOINT_ERRORS} leaves the division's other endpoints open.
 */
public class ExactRateLimitException extends ExactException {
    private static final long serialVersionUID = 1L;

    public enum Window {
        DAILY,
        MINUTELY,
        /** Too many refusals on one endpoint of the division within an hour; see {@link #endpoint()}. */
        ENDPOINT_ERRORS
    }

    private final Window window;
    private final Instant resetAt;
    private final String endpoint;

    public ExactRateLimitException(Window window, Instant resetAt, String message, Integer httpStatus) {
        this(window, resetAt, null, message, httpStatus);
    }

    public ExactRateLimitException(Window window, Instant resetAt, String endpoint, String message,
            Integer httpStatus) {
        super(message, httpStatus, null);
        this.window = window;
        this.resetAt = resetAt;
        this.endpoint = endpoint;
    }

    /** The endpoint that waits (e.g. {@code cashflow/DirectDebitMandates}) for {@link Window#ENDPOINT_ERRORS}. */
    public String endpoint() {
        return endpoint;
    }

    public Window window() {
        return window;
    }

    /** When the spent window opens again. */
    public Instant resetAt() {
        return resetAt;
    }
}
