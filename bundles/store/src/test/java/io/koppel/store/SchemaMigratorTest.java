package io.koppel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.store.internal.SchemaMigrator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaMigratorTest {
    private static final Set<String> TABLES = Set.of("koppel_account_link", "koppel_connection",
            "koppel_customer_update", "koppel_division_lease", "koppel_oauth_state", "koppel_posting", "koppel_recovery",
            "koppel_refusal", "koppel_schema_history", "koppel_schema_lock", "koppel_sync_file", "koppel_sync_sequence",
            "koppel_transaction_log", "koppel_webhook_event",
            "koppel_configuration_change",
            "koppel_payment_term", "koppel_sync_division", "koppel_sync_connection", "koppel_payment_state", "koppel_settlement",
            "koppel_billing_address", "koppel_sync_mismatch");

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("io.koppel.store.TestDatabase#enabled")
    void migratesAnEmptySchemaOnce(DatabaseKind kind) throws SQLException {
        DataSource dataSource = TestDatabase.emptySchema(kind, "koppel_migration_test");

        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), migrator(dataSource, "node-a").migrate());
        assertEquals(List.of(), migrator(dataSource, "node-a").migrate());

        assertEquals(TABLES, koppelTables(dataSource));
        assertEquals(List.of("1 koppel tables node-a", "2 oauth states node-a", "3 division leases node-a",
                "4 exactly once node-a", "5 vat code and refusals node-a", "6 webhook events node-a",
                "7 configuration changes node-a", "8 customer updates node-a", "9 payment sync node-a",
                "10 sync mismatches node-a", "11 customer sites node-a"),
                history(dataSource));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("io.koppel.store.TestDatabase#enabled")
    void twoNodesStartingTogetherMigrateOnce(DatabaseKind kind) throws Exception {
        DataSource dataSource = TestDatabase.emptySchema(kind, "koppel_migration_race");
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Callable<List<Integer>>> starts = List.of(
                    () -> migrator(dataSource, "node-a").migrate(),
                    () -> migrator(dataSource, "node-b").migrate());
            List<Integer> appliedByBoth = new ArrayList<>();
            for (Future<List<Integer>> start : nodes.invokeAll(starts)) {
                appliedByBoth.addAll(start.get());
            }
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), appliedByBoth);
            assertEquals(11, history(dataSource).size());
        } finally {
            nodes.shutdownNow();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("io.koppel.store.TestDatabase#enabled")
    void refusesAMigrationChangedAfterItRan(DatabaseKind kind) throws SQLException {
        DataSource dataSource = TestDatabase.emptySchema(kind, "koppel_migration_changed");
        migrator(dataSource, "node-a").migrate();
        TestDatabase.execute(dataSource, "UPDATE koppel_schema_history SET checksum = 'edited' WHERE version = 1");

        SQLException refused = assertThrows(SQLException.class, () -> migrator(dataSource, "node-a").migrate());
        assertTrue(refused.getMessage().contains("V1__koppel_tables.sql changed after it was applied"),
                refused.getMessage());
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("io.koppel.store.TestDatabase#enabled")
    void breaksALockLeftByACrashedNode(DatabaseKind kind) throws SQLException {
        DataSource dataSource = TestDatabase.emptySchema(kind, "koppel_migration_stale");
        migrator(dataSource, "node-a").migrate();
        TestDatabase.execute(dataSource, "INSERT INTO koppel_schema_lock (id, locked_by, locked_at)"
                + " VALUES (1, 'crashed', TIMESTAMP '2020-01-01 00:00:00')");

        assertEquals(List.of(), migrator(dataSource, "node-b").migrate());
        assertEquals(List.of("0"), TestDatabase.rows(dataSource, "SELECT COUNT(*) FROM koppel_schema_lock"));
    }

    private static SchemaMigrator migrator(DataSource dataSource, String node) {
        return new SchemaMigrator(dataSource, node, Clock.systemUTC());
    }

    private static Set<String> koppelTables(DataSource dataSource) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                     "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT);
                if (name.startsWith("koppel_")) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    private static List<String> history(DataSource dataSource) throws SQLException {
        return TestDatabase.rows(dataSource,
                "SELECT version, description, installed_by FROM koppel_schema_history ORDER BY version");
    }
}
