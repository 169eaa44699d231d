package io.koppel.itest;

import java.util.List;

/**
 * What a running Koppel must show, in one place: a new bundle, service or table is added here.
 * Only names (strings): the tests never load Koppel's classes, so reinstalling the koppel feature does not
 * refresh the test probe.
 */
public final class KoppelExpectations {

    /** Every bundle whose symbolic name starts with this must be Active (fragments: Resolved). */
    public static final String BUNDLE_PREFIX = "io.koppel";

    /** These bundles at least must be installed (symbolic names). */
    public static final List<String> BUNDLES = List.of(
            "io.koppel.api",
            "io.koppel.store",
            "io.koppel.client",
            "io.koppel.logging",
            "io.koppel.auth",
            "io.koppel.posting",
            "io.koppel.customers",
            "io.koppel.shell",
            "io.koppel.dashboard",
            "io.koppel.sync");

    /** Services (objectClass names) Koppel registers once its DataSource is there. */
    public static final List<String> SERVICES = List.of(
            "io.koppel.store.Store",
            "io.koppel.client.ExactClient",
            "io.koppel.client.TokenEndpoint",
            "io.koppel.api.log.TransactionLog",
            "io.koppel.api.connection.ConnectionService",
            "io.koppel.auth.ExactAccess",
            "io.koppel.api.posting.PostingService",
            "io.koppel.api.posting.PostingAdministration",
            "io.koppel.api.sync.PaymentSyncService",
            "io.koppel.api.customer.CustomerService");

    /** The feature the itests reinstall (and time). */
    public static final String FEATURE = "koppel";
    /** The dashboard's feature, which needs {@link #FEATURE}. */
    public static final String DASHBOARD_FEATURE = "koppel-dashboard";

    /** The DataSource the store uses by default (etc/org.ops4j.datasource-koppel.cfg). */
    public static final String DATASOURCE_FILTER =
            "(&(objectClass=javax.sql.DataSource)(osgi.jndi.service.name=jdbc/koppel))";

    /** The migration history table: must have rows. */
    public static final String SCHEMA_HISTORY_TABLE = "koppel_schema_history";

    /** Tables the migrations create (lower case; H2 reports them in upper case). */
    public static final List<String> TABLES = List.of(
            SCHEMA_HISTORY_TABLE,
            "koppel_connection",
            "koppel_account_link",
            "koppel_posting",
            "koppel_customer_update",
            "koppel_sync_sequence",
            "koppel_sync_file",
            "koppel_transaction_log",
            "koppel_oauth_state",
            "koppel_division_lease",
            "koppel_payment_term",
            "koppel_sync_division",
            "koppel_sync_connection",
            "koppel_payment_state",
            "koppel_settlement",
            "koppel_billing_address",
            "koppel_sync_mismatch");

    private KoppelExpectations() {
    }
}
