package io.koppel.client.internal.http;

/**
 * No HTTP response came. {@code requestSent} is false only when the connection could not even be opened, so
 * Exact cannot have seen the request; after a read timeout or a dropped connection it may have.
 */
public final class TransportFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean requestSent;
    private final boolean timedOut;

    public TransportFailure(String message, boolean requestSent, boolean timedOut, Throwable cause) {
        super(message, cause);
        this.requestSent = requestSent;
        this.timedOut = timedOut;
    }

    public boolean requestSent() {
        return requestSent;
    }

    public boolean timedOut() {
        return timedOut;
    }
}
