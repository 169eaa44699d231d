package io.koppel.api.sync;

/** What a host invoice's payment state becomes. */
public enum SettlementKind {
    /** No longer outstanding in Exact: settled for its full amount (an overpayment is not passed on). */
    FULLY_PAID,
    /** Partly matched in Exact: the outstanding amount dropped. */
    PARTIALLY_PAID,
    /** Outstanding for its full amount again, e.g. after a wrong match was undone in Exact. */
    REOPENED
}
