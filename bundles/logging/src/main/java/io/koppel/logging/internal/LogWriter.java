package io.koppel.logging.internal;

import io.koppel.store.DatabaseKind;
import io.koppel.store.LogRow;
import io.koppel.store.Store;
import io.koppel.store.TransactionLogMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes log rows in batches on a thread of its own, so a call to Exact does not wait for the log's insert.
 * A full queue makes the caller write its own row: slower, but nothing is dropped. A row that must be stored
 * before the caller goes on is written at once ({@link #writeNow}) and may later be completed in a batch.
 */
final class LogWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LogWriter.class);
    private static final long IDLE_POLL_MILLIS = 250;

    private final Store store;
    private final BlockingQueue<Entry> queue;
    private final int batchSize;
    private final Thread writer;
    // Held while rows are out of the queue but not yet committed, so flush() cannot return before them.
    private final ReentrantLock writing = new ReentrantLock();
    private volatile boolean running = true;

    LogWriter(Store store, int queueCapacity, int batchSize) {
        this.store = store;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.batchSize = batchSize;
        this.writer = new Thread(this::drain, "koppel-transaction-log");
        writer.setDaemon(true);
        writer.start();
    }

    void write(LogRow row) {
        queue(new Entry(row, false));
    }

    /**
     * Stores a row in a transaction of its own before returning; what goes wrong is thrown. On PostgreSQL the
     * commit does not wait for the disk: the row must outlive a killed Karaf, which it does once the database has
     * it, and waiting for the flush would double the time a write to Exact costs Koppel. Elsewhere the INSERT is
     * committed as it runs, without a transaction around it.
     */
    void writeNow(LogRow row) {
        if (store.databaseKind() != DatabaseKind.POSTGRESQL) {
            store.statement(session -> {
                session.mapper(TransactionLogMapper.class).insert(row);
                return null;
            });
            return;
        }
        store.execute(session -> {
            TransactionLogMapper log = session.mapper(TransactionLogMapper.class);
            log.commitWithoutWaitingForTheDisk();
            log.insert(row);
        });
    }

    /** Replaces a row stored by {@link #writeNow}, in a batch. */
    void complete(LogRow row) {
        queue(new Entry(row, true));
    }

    private void queue(Entry entry) {
        if (!queue.offer(entry)) {
            insert(List.of(entry));
        }
    }

    /** Waits until every row handed over so far is stored. */
    void flush() {
        writing.lock();
        try {
            List<Entry> batch = new ArrayList<>();
            while (queue.drainTo(batch, batchSize) > 0) {
                insert(batch);
                batch.clear();
            }
        } finally {
            writing.unlock();
        }
    }

    private void drain() {
        List<Entry> batch = new ArrayList<>(batchSize);
        while (running || !queue.isEmpty()) {
            writing.lock();
            try {
                Entry first = queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, batchSize - 1);
                    insert(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
                writing.unlock();
            }
        }
    }

    /** Stores a batch in one transaction; if that fails, row by row, so one bad row costs only itself. */
    private void insert(List<Entry> entries) {
        try {
            store.execute(session -> {
                TransactionLogMapper log = session.mapper(TransactionLogMapper.class);
                entries.forEach(entry -> entry.store(log));
            });
        } catch (RuntimeException batchFailed) {
            for (Entry entry : entries) {
                try {
                    store.execute(session -> entry.store(session.mapper(TransactionLogMapper.class)));
                } catch (RuntimeException e) {
                    LOG.error("Could not store the transaction log entry of {} {} ({}): {}", entry.row().httpMethod(),
                            entry.row().path(), entry.row().operation(), e.getMessage(), e);
                }
            }
        }
    }

    /** A row to insert, or to complete when it was stored before its request was sent. */
    private record Entry(LogRow row, boolean completes) {
        void store(TransactionLogMapper log) {
            if (!completes || log.complete(row) == 0) {
                log.insert(row);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        writer.join(TimeUnit.SECONDS.toMillis(30));
        flush();
    }
}
