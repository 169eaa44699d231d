package io.koppel.client;

import java.util.List;

/**
 * Exact refused the request as invalid (400 and the other 4xx that are not covered elsewhere). Sending it again
 * unchanged will fail again. Exact's text is in the user's language and may hold several messages.
 */
public class ExactValidationException extends ExactException {
    private static final long serialVersionUID = 1L;

    private final String exactMessage;
    private final List<String> lines;

    public ExactValidationException(String exactMessage, List<String> lines, Integer httpStatus) {
        super(exactMessage, httpStatus, null);
        this.exactMessage = exactMessage;
        this.lines = List.copyOf(lines);
    }

    /** Exact's message as sent. */
    public String exactMessage() {
        return exactMessage;
    }

    /** Exact's message split into its separate messages (at line breaks), trimmed, without empty ones. */
    public List<String> lines() {
        return lines;
    }
}
