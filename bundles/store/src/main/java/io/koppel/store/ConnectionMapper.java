package io.koppel.store;

import java.util.List;

/** SQL of {@code koppel_connection}. */
public interface ConnectionMapper {

    void insert(ConnectionRow row);

    ConnectionRow find(String hostEntity);

    /**
     * Reads a connection and locks its row until the transaction ends: the token refresh holds this lock across
     * Karaf nodes while it stores the rotated tokens.
     */
    ConnectionRow findForUpdate(String hostEntity);

    List<ConnectionRow> list();

    /** Writes every column but the key and creation time. @return rows changed, 0 if it is gone */
    int update(ConnectionRow row);

    int delete(String hostEntity);
}
