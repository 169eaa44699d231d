package io.koppel.store;

import java.util.Locale;

/** The databases Koppel runs on. */
public enum DatabaseKind {
    H2,
    POSTGRESQL,
    MARIADB;

    /** Recognises the database from JDBC's product name. */
    public static DatabaseKind fromProductName(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return H2;
        }
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.contains("mariadb") || name.contains("mysql")) {
            return MARIADB;
        }
        throw new IllegalArgumentException("Koppel runs on H2, PostgreSQL or MariaDB, not on " + productName);
    }
}
