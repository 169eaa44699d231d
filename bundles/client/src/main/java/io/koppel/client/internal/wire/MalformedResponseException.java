package io.koppel.client.internal.wire;

/** Exact's answer could not be read. The caller turns it into an ExactTransientException. */
public final class MalformedResponseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MalformedResponseException(String message) {
        super(message);
    }

    public MalformedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
