package io.koppel.store;

import java.time.Instant;

/**
 * A row of {@code koppel_configuration_change}: who changed what on which connection. Holds no token or secret.
 *
 * @param changedBy the user who made the change, {@code null} when Exact's consent callback made it
 * @param setting what changed, e.g. {@code set-division}
 * @param newValue what it is now, {@code null} when cleared
 */
public record ConfigurationChangeRow(
        String id,
        Instant changedAt,
        String changedBy,
        String hostEntity,
        Integer division,
        String searchNumber,
        String setting,
        String newValue) {
}
