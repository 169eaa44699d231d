package io.koppel.client;

/**
 * A failure that may pass: a 5xx, a timeout or a connection error. Before repeating a write, check
 * {@link #mayHaveReachedExact()}: if true, Exact may have carried it out, so look the record up first (for a
 * sales entry: by YourRef) instead of posting it twice.
 */
public class ExactTransientException extends ExactException {
    private static final long serialVersionUID = 1L;

    private final boolean mayHaveReachedExact;

    public ExactTransientException(String message, Integer httpStatus, boolean mayHaveReachedExact,
            Throwable cause) {
        super(message, httpStatus, cause);
        this.mayHaveReachedExact = mayHaveReachedExact;
    }

    /**
     * False only when the request certainly never left (the connection could not be made); true for answers
     * with a 5xx, read timeouts and connections dropped after sending.
     */
    public boolean mayHaveReachedExact() {
        return mayHaveReachedExact;
    }
}
