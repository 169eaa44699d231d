package io.koppel.simulator.internal.model;

import java.util.List;

/**
 * An error answered in Exact's body shape {"error":{"code":"","message":{"lang":"","value":...}}}.
 * Several validation messages are joined with CRLF into one value, as Exact does.
 */
public class ApiError extends RuntimeException {
    private final int status;

    public ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public static ApiError of(int status, List<String> messages) {
        return new ApiError(status, String.join("\r\n", messages));
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    public static ApiError notFound(String segment) {
        return new ApiError(404, "Resource not found for the segment '" + segment + "'.");
    }

    public int status() {
        return status;
    }
}
