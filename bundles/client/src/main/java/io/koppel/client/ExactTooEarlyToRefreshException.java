package io.koppel.client;

/**
 * The token endpoint refused a refresh because the current access token is still young (Exact allows a refresh
 * only in the last 30 seconds of its 10 minutes). Nothing is wrong with the grant: keep using the access token
 * and refresh later.
 */
public class ExactTooEarlyToRefreshException extends ExactException {
    private static final long serialVersionUID = 1L;

    public ExactTooEarlyToRefreshException(String message, Integer httpStatus) {
        super(message, httpStatus, null);
    }
}
