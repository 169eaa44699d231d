package io.koppel.api.sync;

/** Who settles a document's payment state. */
public enum PaymentHandling {
    /** Koppel, from Exact. */
    KOPPEL,
    /** The host settled it by hand: Koppel never changes it again. */
    BY_HAND,
    /** Left out of payment sync (e.g. followed up by the accountant): Koppel never changes it. */
    EXCLUDED
}
