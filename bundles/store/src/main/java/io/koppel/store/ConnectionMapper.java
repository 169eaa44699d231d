package io.koppel.store;

import java.util.List;
import org.apache.ibatis.annotations.Param;

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

    /** The VAT code the connection's sales entry lines name, or null for the configured default. */
    String vatCode(String hostEntity);

    /** @return rows changed, 0 if the connection is gone */
    int setVatCode(@Param("hostEntity") String hostEntity, @Param("vatCode") String vatCode,
            @Param("now") java.time.Instant now);
}
