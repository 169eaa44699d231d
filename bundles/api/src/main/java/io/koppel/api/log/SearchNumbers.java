package io.koppel.api.log;

/**
 * The search numbers that are not a host id. A posting is logged under the host invoice id, a customer update
 * under the host billing address id.
 */
public final class SearchNumbers {
    /** Payment synchronisation. */
    public static final String PAYMENT_SYNC = "Synchronisatie";
    /** Changes to a connection's configuration. */
    public static final String CONFIGURATION = "55555";

    private SearchNumbers() {
    }
}
