package io.koppel.store.internal;

import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * Stores a {@link Reason} in one column as its code and arguments separated by the ASCII unit separator, which
 * no clerk text contains. The text itself is not stored, so the overview reads in each clerk's language.
 */
final class ReasonTypeHandler extends BaseTypeHandler<Reason> {
    private static final String SEPARATOR = "\u001F";

    @Override
    public void setNonNullParameter(PreparedStatement statement, int index, Reason reason, JdbcType jdbcType)
            throws SQLException {
        statement.setString(index, encode(reason));
    }

    @Override
    public Reason getNullableResult(ResultSet results, String column) throws SQLException {
        return decode(results.getString(column));
    }

    @Override
    public Reason getNullableResult(ResultSet results, int column) throws SQLException {
        return decode(results.getString(column));
    }

    @Override
    public Reason getNullableResult(CallableStatement statement, int column) throws SQLException {
        return decode(statement.getString(column));
    }

    static String encode(Reason reason) {
        StringBuilder encoded = new StringBuilder(reason.code().name());
        for (String argument : reason.arguments()) {
            encoded.append(SEPARATOR).append(argument.replace(SEPARATOR, " "));
        }
        return encoded.toString();
    }

    static Reason decode(String encoded) {
        if (encoded == null) {
            return null;
        }
        List<String> parts = Arrays.asList(encoded.split(SEPARATOR, -1));
        return new Reason(ReasonCode.valueOf(parts.get(0)), parts.subList(1, parts.size()));
    }
}
