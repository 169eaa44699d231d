package io.koppel.store;

import java.time.Instant;

/**
 * A row of {@code koppel_transaction_log}. The logging bundle makes sure {@code path}, {@code message} and
 * {@code requestBody} hold no token, secret or personal data it was told to leave out.
 */
public record LogRow(
        String id,
        Instant loggedAt,
        String hostEntity,
        Integer division,
        String searchNumber,
        String operation,
        String httpMethod,
        String path,
        Integer httpStatus,
        long durationMs,
        boolean failed,
        String message,
        String requestBody) {
}
