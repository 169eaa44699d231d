package io.koppel.client.internal.wire;

import io.koppel.client.ExactAuthorizationException;
import io.koppel.client.ExactException;
import io.koppel.client.ExactNotFoundException;
import io.koppel.client.ExactTransientException;
import io.koppel.client.ExactValidationException;
import io.koppel.client.internal.http.HttpResponse;

/** Turns an unsuccessful API response (not 429: the rate limiter waits those out) into the caller's exception. */
public final class ApiErrors {
    private ApiErrors() {
    }

    public static ExactException map(HttpResponse response) {
        int status = response.status();
        String message = ErrorMessage.of(status, response.body(), response.header("Reason"));
        if (status == 401) {
            return new ExactAuthorizationException(ExactAuthorizationException.Reason.UNAUTHORIZED, message, status);
        }
        if (status == 403) {
            return new ExactAuthorizationException(ExactAuthorizationException.Reason.FORBIDDEN, message, status);
        }
        if (status == 404) {
            return new ExactNotFoundException(message, status);
        }
        if (status == 408 || status >= 500) {
            // Exact answered, so the request arrived; whether a write was carried out is unknown
            return new ExactTransientException(message, status, true, null);
        }
        return new ExactValidationException(message, ErrorMessage.lines(message), status);
    }
}
