package io.koppel.api;

import java.util.Locale;
import java.util.Objects;

/**
 * A request Koppel refuses, with a {@link Reason} the caller can show a clerk in the clerk's language.
 */
public class KoppelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Reason reason;

    public KoppelException(Reason reason) {
        this(reason, null);
    }

    public KoppelException(Reason reason, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason").text(Locale.ENGLISH), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
