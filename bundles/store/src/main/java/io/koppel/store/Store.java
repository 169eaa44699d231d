package io.koppel.store;

import java.util.function.Consumer;
import java.util.function.Function;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Koppel's tables in the host database. Registered once the schema is migrated.
 */
@ProviderType
public interface Store {

    /**
     * Runs work in one transaction: committed when it returns, rolled back when it throws.
     *
     * @return what the work returns
     */
    <T> T transaction(Function<StoreSession, T> work);

    /**
     * Runs one statement without a transaction around it, in the database's autocommit mode: a write is committed
     * (as durably as any commit) when the statement returns. For a single SELECT or INSERT, which in a transaction
     * of its own would cost a COMMIT and, on MariaDB, two switches of the connection's autocommit mode more. Work
     * of more than one statement belongs in {@link #transaction}.
     *
     * @return what the work returns
     */
    default <T> T statement(Function<StoreSession, T> work) {
        return transaction(work);
    }

    /** Runs work that returns nothing in one transaction. */
    default void execute(Consumer<StoreSession> work) {
        transaction(session -> {
            work.accept(session);
            return null;
        });
    }

    /** The database the store runs on, e.g. for log lines and benchmarks. */
    DatabaseKind databaseKind();
}
