package io.koppel.benchmarks;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Counts, per kind of thread (division writer, transaction log, poller, other), the statements Koppel sends (by
 * verb and the table they name), the commits, those of transactions that wrote something apart (a write sent in
 * autocommit mode counts as one: the database commits it as it runs), and the switches of autocommit mode. On
 * PostgreSQL and MariaDB each writing commit waits for the disk, unless the transaction said otherwise.
 */
public final class JdbcCounter {
    private static final Pattern TABLE = Pattern.compile("koppel_[a-z_]+", Pattern.CASE_INSENSITIVE);
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    public DataSource wrap(DataSource dataSource) {
        JdbcCounter counter = this;
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                return counter.wrap(dataSource.getConnection());
            }

            @Override
            public Connection getConnection(String user, String password) throws SQLException {
                return counter.wrap(dataSource.getConnection(user, password));
            }

            @Override
            public PrintWriter getLogWriter() throws SQLException {
                return dataSource.getLogWriter();
            }

            @Override
            public void setLogWriter(PrintWriter out) throws SQLException {
                dataSource.setLogWriter(out);
            }

            @Override
            public void setLoginTimeout(int seconds) throws SQLException {
                dataSource.setLoginTimeout(seconds);
            }

            @Override
            public int getLoginTimeout() throws SQLException {
                return dataSource.getLoginTimeout();
            }

            @Override
            public Logger getParentLogger() throws SQLFeatureNotSupportedException {
                return dataSource.getParentLogger();
            }

            @Override
            public <T> T unwrap(Class<T> iface) throws SQLException {
                return dataSource.unwrap(iface);
            }

            @Override
            public boolean isWrapperFor(Class<?> iface) throws SQLException {
                return dataSource.isWrapperFor(iface);
            }
        };
    }

    private Connection wrap(Connection connection) throws SQLException {
        boolean[] wrote = {false};
        boolean[] autoCommit = {connection.getAutoCommit()};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (self, method, args) -> {
                    String name = method.getName();
                    if ((name.equals("prepareStatement") || name.equals("prepareCall")) && args != null
                            && args[0] instanceof String sql) {
                        String verb = sql.strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
                        count(verb + table(sql));
                        if (!verb.equals("SELECT") && autoCommit[0]) {
                            count("writing commit");
                        } else if (!verb.equals("SELECT")) {
                            wrote[0] = true;
                        }
                    } else if (name.equals("setAutoCommit") && autoCommit[0] != (Boolean) args[0]) {
                        // a round trip on MariaDB (set autocommit=...), none on PostgreSQL and H2
                        count("autocommit switch");
                        autoCommit[0] = (Boolean) args[0];
                    } else if (name.equals("commit")) {
                        count(wrote[0] ? "writing commit" : "read-only commit");
                        wrote[0] = false;
                    } else if (name.equals("rollback")) {
                        wrote[0] = false;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The first Koppel table a statement names, e.g. " koppel_posting"; empty for none (SET ...). */
    private static String table(String sql) {
        Matcher table = TABLE.matcher(sql);
        return table.find() ? " " + table.group().toLowerCase(Locale.ROOT) : "";
    }

    private void count(String what) {
        counts.computeIfAbsent(threadKind() + ": " + what, key -> new LongAdder()).increment();
    }

    private static String threadKind() {
        String thread = Thread.currentThread().getName();
        if (thread.startsWith("koppel-division-writer")) {
            return "writer";
        }
        if (thread.startsWith("koppel-transaction-log")) {
            return "transaction log";
        }
        if (thread.startsWith("koppel-posting-queue")) {
            return "poller";
        }
        return "other";
    }

    public void reset() {
        counts.clear();
    }

    /** The counts so far, per "thread kind: statement and table, or commit kind". */
    public Map<String, Long> snapshot() {
        Map<String, Long> snapshot = new TreeMap<>();
        counts.forEach((key, adder) -> snapshot.put(key, adder.sum()));
        return snapshot;
    }
}
