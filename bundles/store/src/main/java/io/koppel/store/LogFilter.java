package io.koppel.store;

import java.time.Instant;

/**
 * Which log rows a query returns.
 *
 * @param from the first instant, inclusive
 * @param until the last instant, exclusive
 * @param searchNumber only this search number, or {@code null}
 * @param failuresOnly only failed exchanges
 */
public record LogFilter(Instant from, Instant until, String searchNumber, boolean failuresOnly) {
}
