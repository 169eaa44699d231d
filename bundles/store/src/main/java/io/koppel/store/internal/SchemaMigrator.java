package io.koppel.store.internal;

import io.koppel.store.DatabaseKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings Koppel's tables to the version this bundle ships, once, even when several Karaf nodes start together.
 *
 * <p>Applied scripts are recorded in {@code koppel_schema_history}. Nodes take turns through a row in
 * {@code koppel_schema_lock}: inserting it is the lock, since MariaDB commits DDL at once and would release a row
 * lock held by a transaction. A lock older than {@link #STALE_LOCK} is taken to be left by a crashed node.
 */
public final class SchemaMigrator {
    static final Duration STALE_LOCK = Duration.ofMinutes(10);
    private static final Duration LOCK_WAIT = Duration.ofMinutes(2);
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private final DataSource dataSource;
    private final String node;
    private final Clock clock;
    private final List<Migration> migrations;

    /** A migrator for the scripts on this class's class path, outside OSGi (tests, benchmarks). */
    public SchemaMigrator(DataSource dataSource, String node, Clock clock) {
        this(dataSource, node, clock, Migration.onClassPath(SchemaMigrator.class.getClassLoader()));
    }

    SchemaMigrator(DataSource dataSource, String node, Clock clock, List<Migration> migrations) {
        this.dataSource = dataSource;
        this.node = node;
        this.clock = clock;
        this.migrations = migrations;
    }

    /**
     * Applies the scripts not applied yet.
     *
     * @return the versions applied by this call, in order
     */
    public List<Integer> migrate() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseKind kind = DatabaseKind.fromProductName(connection.getMetaData().getDatabaseProductName());
            Dialect dialect = Dialect.of(kind);
            connection.setAutoCommit(true);
            createBookkeeping(connection, dialect);
            lock(connection);
            try {
                return applyPending(connection, dialect);
            } finally {
                unlock(connection);
            }
        }
    }

    /**
     * Creates the history and lock tables if missing. Two nodes may race here: PostgreSQL then fails the slower
     * CREATE TABLE IF NOT EXISTS on its catalogue's unique index, and the second try finds the table.
     */
    private static void createBookkeeping(Connection connection, Dialect dialect) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                createBookkeepingTables(connection, dialect);
                return;
            } catch (SQLException raced) {
                if (attempt == 5) {
                    throw raced;
                }
                pause();
            }
        }
    }

    private static void createBookkeepingTables(Connection connection, Dialect dialect) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(dialect.expand("CREATE TABLE IF NOT EXISTS koppel_schema_history ("
                    + " version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL,"
                    + " script VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL,"
                    + " installed_by VARCHAR(100) NOT NULL, installed_at ${timestamp} NOT NULL,"
                    + " execution_ms BIGINT NOT NULL)"));
            statement.execute(dialect.expand("CREATE TABLE IF NOT EXISTS koppel_schema_lock ("
                    + " id INTEGER NOT NULL PRIMARY KEY, locked_by VARCHAR(100) NOT NULL,"
                    + " locked_at ${timestamp} NOT NULL)"));
        }
    }

    private void lock(Connection connection) throws SQLException {
        Instant giveUp = clock.instant().plus(LOCK_WAIT);
        while (true) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO koppel_schema_lock (id, locked_by, locked_at) VALUES (1, ?, ?)")) {
                insert.setString(1, node);
                insert.setObject(2, utc(clock.instant()));
                insert.executeUpdate();
                return;
            } catch (SQLException held) {
                breakStaleLock(connection);
                if (clock.instant().isAfter(giveUp)) {
                    throw new SQLException("Koppel's schema is locked by another node for over " + LOCK_WAIT
                            + "; if no node is migrating, delete the row of koppel_schema_lock", held);
                }
                pause();
            }
        }
    }

    private void breakStaleLock(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM koppel_schema_lock WHERE id = 1 AND locked_at < ?")) {
            delete.setObject(1, utc(clock.instant().minus(STALE_LOCK)));
            if (delete.executeUpdate() > 0) {
                LOG.warn("Removed a schema lock older than {}: a node must have stopped while migrating", STALE_LOCK);
            }
        }
    }

    private static void pause() throws SQLException {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for the schema lock", e);
        }
    }

    private void unlock(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM koppel_schema_lock WHERE id = 1 AND locked_by = ?")) {
            delete.setString(1, node);
            delete.executeUpdate();
        }
    }

    private List<Integer> applyPending(Connection connection, Dialect dialect) throws SQLException {
        Map<Integer, String> applied = appliedChecksums(connection);
        List<Integer> appliedNow = new java.util.ArrayList<>();
        for (Migration migration : migrations) {
            String checksum = applied.get(migration.version());
            if (checksum != null) {
                if (!checksum.equals(migration.checksum())) {
                    throw new SQLException("Migration " + migration.script() + " changed after it was applied;"
                            + " ship a new version instead of editing an applied one");
                }
                continue;
            }
            apply(connection, dialect, migration);
            appliedNow.add(migration.version());
        }
        return appliedNow;
    }

    private static Map<Integer, String> appliedChecksums(Connection connection) throws SQLException {
        Map<Integer, String> applied = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version, checksum FROM koppel_schema_history")) {
            while (rows.next()) {
                applied.put(rows.getInt(1), rows.getString(2));
            }
        }
        return applied;
    }

    private void apply(Connection connection, Dialect dialect, Migration migration) throws SQLException {
        long started = System.nanoTime();
        // One transaction per script where the database allows it (H2, PostgreSQL); MariaDB commits each DDL.
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : migration.statements(dialect)) {
                statement.execute(sql);
            }
            try (PreparedStatement record = connection.prepareStatement("INSERT INTO koppel_schema_history"
                    + " (version, description, script, checksum, installed_by, installed_at, execution_ms)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                record.setInt(1, migration.version());
                record.setString(2, migration.description());
                record.setString(3, migration.script());
                record.setString(4, migration.checksum());
                record.setString(5, node);
                record.setObject(6, utc(clock.instant()));
                record.setLong(7, (System.nanoTime() - started) / 1_000_000);
                record.executeUpdate();
            }
            connection.commit();
            LOG.info("Applied schema migration {} ({}) in {} ms", migration.version(), migration.description(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException failed) {
            connection.rollback();
            throw new SQLException("Schema migration " + migration.script() + " failed: " + failed.getMessage(), failed);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
