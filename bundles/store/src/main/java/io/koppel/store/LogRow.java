package io.koppel.store;

import java.time.Instant;
import org.apache.ibatis.annotations.AutomapConstructor;

/**
 * A row of {@code koppel_transaction_log}, or as read back a row of {@code koppel_configuration_change} (then
 * {@code setting} is set and the exchange's columns are empty). The logging bundle makes sure {@code path},
 * {@code message} and {@code requestBody} hold no token, secret or personal data it was told to leave out.
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
        String requestBody,
        String changedBy,
        String setting,
        String newValue) {

    @AutomapConstructor
    public LogRow {
    }

    /** A row of an exchange with Exact. */
    public LogRow(String id, Instant loggedAt, String hostEntity, Integer division, String searchNumber,
            String operation, String httpMethod, String path, Integer httpStatus, long durationMs, boolean failed,
            String message, String requestBody) {
        this(id, loggedAt, hostEntity, division, searchNumber, operation, httpMethod, path, httpStatus, durationMs,
                failed, message, requestBody, null, null, null);
    }

    /** Whether this is a configuration change rather than an exchange. */
    public boolean isConfigurationChange() {
        return setting != null;
    }
}
