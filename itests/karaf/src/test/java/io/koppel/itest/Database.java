package io.koppel.itest;

import java.util.Arrays;
import java.util.Locale;

/** The databases the container tests run on. Selected with -Dkoppel.test.databases=h2,postgresql,mariadb. */
public enum Database {
    H2("H2"),
    POSTGRESQL("PostgreSQL"),
    MARIADB("MariaDB");

    /** Name of the system property, in the driver and in the container, naming the database of a run. */
    public static final String PROPERTY = "koppel.itest.database";

    private final String label;

    Database(String label) {
        this.label = label;
    }

    /** The name -Dkoppel.test.databases and {@link #PROPERTY} give it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    /** True when -Dkoppel.test.databases lists this database (default: all). */
    public boolean enabled() {
        String list = System.getProperty("koppel.test.databases", "h2,postgresql,mariadb");
        return Arrays.stream(list.split(","))
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .anyMatch(id()::equals);
    }

    /** The database of this container (set by the driver as system property {@link #PROPERTY}). */
    public static Database current() {
        String id = System.getProperty(PROPERTY, "h2");
        return Arrays.stream(values()).filter(database -> database.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown " + PROPERTY + ": " + id));
    }
}
