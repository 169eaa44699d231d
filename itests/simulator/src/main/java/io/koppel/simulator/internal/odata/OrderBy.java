package io.koppel.simulator.internal.odata;

/** One $orderby term. */
public record OrderBy(String field, boolean descending) {
}
