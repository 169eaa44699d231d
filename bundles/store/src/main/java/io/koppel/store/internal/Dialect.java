package io.koppel.store.internal;

import io.koppel.store.DatabaseKind;
import java.util.Map;

/**
 * What differs between the databases in Koppel's scripts: two types. MariaDB's TIMESTAMP converts between time
 * zones and ends in 2038, so it gets DATETIME; its TEXT holds only 64 KB, so it gets MEDIUMTEXT.
 */
enum Dialect {
    H2(Map.of("${timestamp}", "TIMESTAMP(3)", "${text}", "TEXT")),
    POSTGRESQL(Map.of("${timestamp}", "TIMESTAMP(3)", "${text}", "TEXT")),
    MARIADB(Map.of("${timestamp}", "DATETIME(3)", "${text}", "MEDIUMTEXT"));

    private final Map<String, String> types;

    Dialect(Map<String, String> types) {
        this.types = types;
    }

    static Dialect of(DatabaseKind kind) {
        return valueOf(kind.name());
    }

    String expand(String sql) {
        String expanded = sql;
        for (Map.Entry<String, String> type : types.entrySet()) {
            expanded = expanded.replace(type.getKey(), type.getValue());
        }
        return expanded;
    }
}
