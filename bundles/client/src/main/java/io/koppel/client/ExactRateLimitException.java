package io.koppel.client;

import java.time.Instant;

/**
 * A rate limit of Exact is spent and waiting for it would take longer than the client is configured to wait,
 * typically the daily limit. Not a failure of the document: try again after {@link #resetAt()}.
 */
public class ExactRateLimitException extends ExactException {
    private static final long serialVersionUID = 1L;

    public enum Window {
        DAILY,
        MINUTELY
    }

    private final Window window;
    private final Instant resetAt;

    public ExactRateLimitException(Window window, Instant resetAt, String message, Integer httpStatus) {
        super(message, httpStatus, null);
        this.window = window;
        this.resetAt = resetAt;
    }

    public Window window() {
        return window;
    }

    /** When the spent window opens again. */
    public Instant resetAt() {
        return resetAt;
    }
}
