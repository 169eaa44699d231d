package io.koppel.api.log;

import java.util.Objects;
import java.util.Optional;

/**
 * A change to a connection's configuration, as the transaction log shows it. Never holds a token or a secret.
 *
 * @param setting what changed: {@code connect}, {@code consent}, {@code consent-declined}, {@code set-division},
 *        {@code set-journals}, {@code set-costs}, {@code set-vat-code} or {@code disconnect}
 * @param newValue what it is now (a division, journal codes, cost codes, a VAT code, a site, the Exact user who
 *        consented), absent when cleared or when there is none
 * @param changedBy the Karaf or dashboard user who made the change; absent when Exact's consent callback made it
 */
public record ConfigurationChange(String setting, Optional<String> newValue, Optional<String> changedBy) {

    public ConfigurationChange {
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(newValue, "newValue");
        Objects.requireNonNull(changedBy, "changedBy");
    }
}
