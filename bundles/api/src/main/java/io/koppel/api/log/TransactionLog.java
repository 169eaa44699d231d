package io.koppel.api.log;

import io.koppel.api.Page;
import io.koppel.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads the transaction log. Entries are kept for the number of days configured, then purged.
 */
@ProviderType
public interface TransactionLog {

    /** A page of the entries that match, newest first. */
    Page<LogEntry> entries(LogQuery query, PageRequest page);
}
