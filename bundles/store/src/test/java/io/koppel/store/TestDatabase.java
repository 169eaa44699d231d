package io.koppel.store;

import io.koppel.store.internal.MyBatisStore;
import io.koppel.store.internal.SchemaMigrator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real database for tests: embedded H2, and the PostgreSQL and MariaDB servers of this machine. Each gets a
 * schema of its own, dropped and migrated once per JVM, so tests of other modules and the Karaf tests on the
 * same servers never see each other's rows.
 *
 * <p>Which databases run is set by the system property {@code koppel.test.databases} (default all three);
 * connection settings by {@code koppel.test.postgresql.url/user} and {@code koppel.test.mariadb.url/user}.
 */
public final class TestDatabase {
    private static final String SCHEMA = "koppel_unit_test";
    private static final Map<DatabaseKind, TestDatabase> MIGRATED = new ConcurrentHashMap<>();

    private final DatabaseKind kind;
    private final DataSource dataSource;
    private final MyBatisStore store;

    private TestDatabase(DatabaseKind kind, DataSource dataSource) throws SQLException {
        this.kind = kind;
        this.dataSource = dataSource;
        new SchemaMigrator(dataSource, "unit-test", Clock.systemUTC()).migrate();
        this.store = MyBatisStore.on(dataSource);
    }

    /** The databases to test on, migrated, for {@code @MethodSource}. */
    public static Stream<TestDatabase> all() {
        return enabled().stream().map(TestDatabase::migrated);
    }

    /** The database kinds enabled by {@code koppel.test.databases}. */
    public static List<DatabaseKind> enabled() {
        return Arrays.stream(System.getProperty("koppel.test.databases", "h2,postgresql,mariadb").split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .map(name -> DatabaseKind.valueOf(name.toUpperCase(Locale.ROOT)))
                .toList();
    }

    /** One database, schema migrated once per JVM, its Koppel tables emptied. */
    public static TestDatabase migrated(DatabaseKind kind) {
        TestDatabase database = MIGRATED.computeIfAbsent(kind, TestDatabase::create);
        database.emptyTables();
        return database;
    }

    /**
     * A DataSource on a new, empty schema of its own, nothing migrated: for tests of the migration itself.
     */
    public static DataSource emptySchema(DatabaseKind kind, String schema) {
        try {
            return switch (kind) {
                case H2 -> h2(schema);
                case POSTGRESQL -> postgresql(schema);
                case MARIADB -> mariadb(schema);
            };
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare " + kind + " schema " + schema + ": " + e.getMessage()
                    + " (is the server running? see README, Tests)", e);
        }
    }

    private static TestDatabase create(DatabaseKind kind) {
        try {
            return new TestDatabase(kind, emptySchema(kind, SCHEMA));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot migrate " + kind + ": " + e.getMessage(), e);
        }
    }

    private static DataSource h2(String schema) {
        JdbcDataSource h2 = new JdbcDataSource();
        // A named in-memory database that lives as long as the JVM, like the host's would.
        h2.setURL("jdbc:h2:mem:" + schema + "_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        h2.setUser("sa");
        return h2;
    }

    private static DataSource postgresql(String schema) throws SQLException {
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(System.getProperty("koppel.test.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test"));
        admin.setUser(System.getProperty("koppel.test.postgresql.user", "postgres"));
        execute(admin, "DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema);
        PGSimpleDataSource inSchema = new PGSimpleDataSource();
        inSchema.setURL(admin.getURL());
        inSchema.setUser(admin.getUser());
        inSchema.setCurrentSchema(schema);
        return inSchema;
    }

    private static DataSource mariadb(String schema) throws SQLException {
        String url = System.getProperty("koppel.test.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/test");
        String user = System.getProperty("koppel.test.mariadb.user", "root");
        MariaDbDataSource admin = new MariaDbDataSource(url);
        admin.setUser(user);
        // A MariaDB schema is a database of the server: named after the configured one, so test runs against
        // different databases of one server (koppel.test.mariadb.url) never empty each other's tables.
        String database = url.substring(url.lastIndexOf('/') + 1).split("[?;]")[0];
        schema = database.isEmpty() || database.equals("test") ? schema : database + "_" + schema;
        execute(admin, "DROP DATABASE IF EXISTS " + schema, "CREATE DATABASE " + schema);
        MariaDbDataSource inSchema = new MariaDbDataSource(url.substring(0, url.lastIndexOf('/') + 1) + schema);
        inSchema.setUser(user);
        return inSchema;
    }

    /** Runs SQL on a connection of its own, past Koppel's store: what a test sets up or breaks by hand. */
    public static void execute(DataSource dataSource, String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** A query's rows, each its columns' values joined by a space (SQL NULL as "null"). */
    public static List<String> rows(DataSource dataSource, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    values.add(result.getString(column));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }

    private void emptyTables() {
        try {
            execute(dataSource, "DELETE FROM koppel_connection", "DELETE FROM koppel_account_link",
                    "DELETE FROM koppel_posting", "DELETE FROM koppel_customer_update",
                    "DELETE FROM koppel_sync_sequence", "DELETE FROM koppel_sync_file",
                    "DELETE FROM koppel_transaction_log", "DELETE FROM koppel_oauth_state", "DELETE FROM koppel_division_lease",
                    "DELETE FROM koppel_webhook_event", "DELETE FROM koppel_refusal", "DELETE FROM koppel_recovery",
                    "DELETE FROM koppel_configuration_change",
                    "DELETE FROM koppel_payment_term", "DELETE FROM koppel_sync_division", "DELETE FROM koppel_sync_connection",
                    "DELETE FROM koppel_payment_state", "DELETE FROM koppel_settlement",
                    "DELETE FROM koppel_billing_address", "DELETE FROM koppel_sync_mismatch");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot empty Koppel's tables on " + kind, e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Store store() {
        return store;
    }

    /** The name test reports show. */
    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
