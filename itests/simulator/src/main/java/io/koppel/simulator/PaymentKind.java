package io.koppel.simulator;

/** What happens to an outstanding item when money moves. */
public enum PaymentKind {
    /** A receipt of (part of) the outstanding amount; the full amount if none is given. */
    PAYMENT,
    /** Undo an earlier receipt (the last one unless a payment id is given): the item is outstanding again. */
    REVERSAL,
    /** A receipt larger than the outstanding amount: the item is settled and the excess stays open on the customer as a negative item. */
    OVERPAYMENT,
    /** Write (part of) the outstanding amount off, or grant it as a discount: matched, but no money came in. */
    WRITE_OFF,
    /** The outstanding item is selected for a direct-debit collection (Status 30): not paid yet. */
    DIRECT_DEBIT_SELECTED,
    /** The direct-debit collection was sent to the bank (Status 40): not paid yet either. */
    DIRECT_DEBIT_SENT
}
