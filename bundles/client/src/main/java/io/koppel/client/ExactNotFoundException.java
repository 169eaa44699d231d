package io.koppel.client;

/** The record asked for does not exist in the division (404), e.g. deleted in Exact meanwhile. */
public class ExactNotFoundException extends ExactException {
    private static final long serialVersionUID = 1L;

    public ExactNotFoundException(String message, Integer httpStatus) {
        super(message, httpStatus, null);
    }
}
