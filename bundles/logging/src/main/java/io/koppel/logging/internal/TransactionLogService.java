package io.koppel.logging.internal;

import io.koppel.api.Page;
import io.koppel.api.PageRequest;
import io.koppel.api.log.ConfigurationChange;
import io.koppel.api.log.LogEntry;
import io.koppel.api.log.LogQuery;
import io.koppel.api.log.TransactionLog;
import io.koppel.store.LogFilter;
import io.koppel.store.LogRow;
import io.koppel.store.Store;
import io.koppel.store.TransactionLogMapper;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Answers the admin's questions on the transaction log: exchanges with Exact and configuration changes, which the
 * auth bundle stores as it makes them. Days are UTC days.
 */
@Component
public class TransactionLogService implements TransactionLog {
    private final Store store;

    @Activate
    public TransactionLogService(@Reference Store store) {
        this.store = store;
    }

    @Override
    public Page<LogEntry> entries(LogQuery query, PageRequest page) {
        LogFilter filter = new LogFilter(query.day().atStartOfDay().toInstant(ZoneOffset.UTC),
                query.day().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), query.searchNumber().orElse(null),
                query.failuresOnly(), query.configurationChangesOnly());
        return store.transaction(session -> {
            TransactionLogMapper log = session.mapper(TransactionLogMapper.class);
            List<LogEntry> entries = log.query(filter, page.offset(), page.limit()).stream()
                    .map(TransactionLogService::toEntry)
                    .toList();
            return new Page<>(entries, page, log.count(filter));
        });
    }

    private static LogEntry toEntry(LogRow row) {
        if (row.isConfigurationChange()) {
            return LogEntry.of(row.id(), row.loggedAt(), row.hostEntity(), Optional.ofNullable(row.division()),
                    row.searchNumber(), new ConfigurationChange(row.setting(), Optional.ofNullable(row.newValue()),
                            Optional.ofNullable(row.changedBy())));
        }
        return new LogEntry(row.id(), row.loggedAt(), Optional.ofNullable(row.hostEntity()),
                Optional.ofNullable(row.division()), row.searchNumber(), row.operation(), row.httpMethod(),
                row.path(), Optional.ofNullable(row.httpStatus()), row.durationMs(), row.failed(),
                Optional.ofNullable(row.message()), Optional.ofNullable(row.requestBody()));
    }
}
