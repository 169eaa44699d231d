package io.koppel.client;

/**
 * A call to Exact failed. Callers act on the subclass: {@link ExactAuthorizationException},
 * {@link ExactRateLimitException}, {@link ExactValidationException}, {@link ExactNotFoundException},
 * {@link ExactTransientException} or {@link ExactTooEarlyToRefreshException}.
 */
public abstract class ExactException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Integer httpStatus;

    protected ExactException(String message, Integer httpStatus, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
    }

    /** The HTTP status Exact answered with, or null when no response came. */
    public Integer httpStatus() {
        return httpStatus;
    }
}
