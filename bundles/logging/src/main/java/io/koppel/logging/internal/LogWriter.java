package io.koppel.logging.internal;

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
 * A full queue makes the caller write its own row: slower, but nothing is dropped.
 */
final class LogWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LogWriter.class);
    private static final long IDLE_POLL_MILLIS = 250;

    private final Store store;
    private final BlockingQueue<LogRow> queue;
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
        if (!queue.offer(row)) {
            insert(List.of(row));
        }
    }

    /** Waits until every row handed over so far is stored. */
    void flush() {
        writing.lock();
        try {
            List<LogRow> batch = new ArrayList<>();
            while (queue.drainTo(batch, batchSize) > 0) {
                insert(batch);
                batch.clear();
            }
        } finally {
            writing.unlock();
        }
    }

    private void drain() {
        List<LogRow> batch = new ArrayList<>(batchSize);
        while (running || !queue.isEmpty()) {
            writing.lock();
            try {
                LogRow first = queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
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
    private void insert(List<LogRow> rows) {
        try {
            store.execute(session -> {
                TransactionLogMapper log = session.mapper(TransactionLogMapper.class);
                rows.forEach(log::insert);
            });
        } catch (RuntimeException batchFailed) {
            for (LogRow row : rows) {
                try {
                    store.execute(session -> session.mapper(TransactionLogMapper.class).insert(row));
                } catch (RuntimeException e) {
                    LOG.error("Could not store the transaction log entry of {} {} ({}): {}", row.httpMethod(),
                            row.path(), row.operation(), e.getMessage(), e);
                }
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
