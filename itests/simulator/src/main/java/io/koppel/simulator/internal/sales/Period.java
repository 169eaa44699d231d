package io.koppel.simulator.internal.sales;

/** A financial period (year and period number, 1-12). */
public record Period(int year, int period) {
}
