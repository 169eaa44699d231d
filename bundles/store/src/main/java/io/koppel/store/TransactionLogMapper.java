package io.koppel.store;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * SQL of {@code koppel_transaction_log} (exchanges with Exact) and {@code koppel_configuration_change}, which the
 * queries read as one log.
 */
public interface TransactionLogMapper {

    void insert(LogRow row);

    /**
     * PostgreSQL only: lets this transaction's commit return before the database flushed it to disk. The row then
     * survives a killed Karaf (the database holds it) but not a crash of the database server itself.
     */
    void commitWithoutWaitingForTheDisk();

    /** Replaces a row inserted before its request was sent by the exchange as it ended. @return 1, or 0 when missing */
    int complete(LogRow row);

    void insertConfigurationChange(ConfigurationChangeRow row);

    /** A page of matching rows, exchanges and configuration changes, newest first. */
    List<LogRow> query(LogFilter filter, int offset, int limit);

    long count(@Param("filter") LogFilter filter);

    /** Deletes rows logged before a time. @return how many */
    int purgeBefore(Instant cutoff);

    /** Deletes configuration changes made before a time. @return how many */
    int purgeConfigurationChangesBefore(Instant cutoff);
}
