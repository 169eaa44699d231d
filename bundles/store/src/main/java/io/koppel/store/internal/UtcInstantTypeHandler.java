package io.koppel.store.internal;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * Stores instants as UTC wall-clock timestamps. MyBatis' own handler goes through {@code java.sql.Timestamp} and
 * the JVM's time zone, so two Karaf nodes in different zones would read each other's times wrong.
 *
 * <p>Instants are cut to the milliseconds the columns keep. H2 and PostgreSQL would round the rest, MariaDB cuts
 * it: a posting submitted "now" and rounded up would be due a moment later than the poll right after it.
 */
final class UtcInstantTypeHandler extends BaseTypeHandler<Instant> {

    @Override
    public void setNonNullParameter(PreparedStatement statement, int index, Instant value, JdbcType jdbcType)
            throws SQLException {
        statement.setObject(index, LocalDateTime.ofInstant(value.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC));
    }

    @Override
    public Instant getNullableResult(ResultSet results, String column) throws SQLException {
        return toInstant(results.getObject(column, LocalDateTime.class));
    }

    @Override
    public Instant getNullableResult(ResultSet results, int column) throws SQLException {
        return toInstant(results.getObject(column, LocalDateTime.class));
    }

    @Override
    public Instant getNullableResult(CallableStatement statement, int column) throws SQLException {
        return toInstant(statement.getObject(column, LocalDateTime.class));
    }

    private static Instant toInstant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
