package io.koppel.store;

import java.time.Instant;

/**
 * Which log rows a query returns.
 *
 * @param from the first instant, inclusive
 * @param until the last instant, exclusive
 * @param searchNumber only this search number, or {@code null}
 * @param failuresOnly only failed exchanges
 * @param configurationChangesOnly only configuration changes, no exchanges
 */
public record LogFilter(Instant from, Instant until, String searchNumber, boolean failuresOnly,
        boolean configurationChangesOnly) {

    /** Exchanges and configuration changes alike. */
    public LogFilter(Instant from, Instant until, String searchNumber, boolean failuresOnly) {
        this(from, until, searchNumber, failuresOnly, false);
    }
}
