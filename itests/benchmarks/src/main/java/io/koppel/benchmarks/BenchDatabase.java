package io.koppel.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.koppel.store.DatabaseKind;
import io.koppel.store.Store;
import io.koppel.store.TestDatabase;
import io.koppel.store.internal.MyBatisStore;
import io.koppel.store.internal.SchemaMigrator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * A database for one benchmark run: a schema of its own (dropped, created and migrated; on H2 a new database
 * file), behind HikariCP with the pool size of Koppel's datasource templates (10), as pax-jdbc gives Koppel
 * its DataSource in Karaf. Connection settings as {@link TestDatabase}: {@code koppel.test.postgresql.url/user},
 * {@code koppel.test.mariadb.url/user} (on MariaDB the schema is a database of the server).
 * H2 is a file database under {@code target/} with the settings of Koppel's H2 datasource template (commits
 * written at once, {@link #H2_SETTINGS}); {@code -Dkoppel.bench.h2.settings=} runs it with H2's defaults instead.
 *
 * @param counter the statements and commits Koppel sent through the pool, per kind of thread
 */
record BenchDatabase(DatabaseKind kind, HikariDataSource pool, Store store, JdbcCounter counter)
        implements AutoCloseable {
    static final int POOL_SIZE = 10;
    /** The URL settings of config-templates/datasource-h2.cfg: each commit written before it returns. */
    static final String H2_SETTINGS = ";WRITE_DELAY=0";

    static BenchDatabase open(DatabaseKind kind, String schema) {
        try {
            DataSource raw = kind == DatabaseKind.H2 ? h2File(schema) : TestDatabase.emptySchema(kind, schema);
            new SchemaMigrator(raw, "benchmark", Clock.systemUTC()).migrate();
            HikariConfig config = new HikariConfig();
            JdbcCounter counter = new JdbcCounter();
            config.setDataSource(counter.wrap(raw));
            config.setMaximumPoolSize(POOL_SIZE);
            config.setMinimumIdle(1);
            config.setPoolName("koppel-bench-" + kind.name().toLowerCase(Locale.ROOT));
            HikariDataSource pool = new HikariDataSource(config);
            return new BenchDatabase(kind, pool, MyBatisStore.on(pool), counter);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare " + kind + " schema " + schema + ": " + e.getMessage(), e);
        }
    }

    private static DataSource h2File(String name) throws SQLException {
        java.nio.file.Path folder = java.nio.file.Path.of("target", "bench-h2").toAbsolutePath();
        try {
            java.nio.file.Files.createDirectories(folder);
            java.nio.file.Files.deleteIfExists(folder.resolve(name + ".mv.db"));
        } catch (java.io.IOException e) {
            throw new SQLException("Cannot prepare " + folder + ": " + e.getMessage(), e);
        }
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL("jdbc:h2:retry:" + folder.resolve(name) + System.getProperty("koppel.bench.h2.settings", H2_SETTINGS));
        h2.setUser("sa");
        return h2;
    }

    public String name() {
        return kind == DatabaseKind.H2 ? "H2 (file" + System.getProperty("koppel.bench.h2.settings", H2_SETTINGS) + ")" : kind == DatabaseKind.POSTGRESQL ? "PostgreSQL" : "MariaDB";
    }

    /** Rows in a table, read on a connection of the pool. */
    public long count(String table) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count " + table + ": " + e.getMessage(), e);
        }
    }

    /** A two-column query's rows as key and count. */
    public java.util.Map<String, Long> groupCount(String sql) {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run " + sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
