package io.koppel.logging.internal;

import io.koppel.client.Exchange;
import io.koppel.store.LogRow;
import io.koppel.store.Store;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The transaction log's real classes as the benchmarks need them outside Karaf: an {@link ExchangeRecorder} as
 * configured, its orderly stop, and its {@link LogWriter} on its own to measure how many rows a second it stores.
 */
public final class LogProbe {
    private LogProbe() {
    }

    /** The recorder as Declarative Services activates it with this configuration. */
    public static ExchangeRecorder recorder(Store store, LoggingConfiguration configuration) {
        return new ExchangeRecorder(store, configuration);
    }

    /** The row the recorder would store for an exchange (a new id every time). */
    public static LogRow row(ExchangeRecorder recorder, Exchange exchange) {
        return recorder.toRow(exchange);
    }

    /** Stops the recorder as Karaf's deactivation does: its writer stores what is queued, then ends. */
    public static void close(ExchangeRecorder recorder) throws InterruptedException {
        recorder.deactivate();
    }

    /**
     * Hands all rows at once to a fresh writer with the configuration's batch size and a queue that holds them
     * all, and returns the nanoseconds until the table holds them all (polled every 10 ms): the writer thread's
     * capacity, in isolation.
     */
    public static long writeAll(Store store, LoggingConfiguration configuration, List<LogRow> rows,
            LongSupplier rowsInTable) throws InterruptedException {
        long target = rowsInTable.getAsLong() + rows.size();
        LogWriter writer = new LogWriter(store, rows.size() + 1, configuration.batchSize());
        long started = System.nanoTime();
        rows.forEach(writer::write);
        while (rowsInTable.getAsLong() < target) {
            Thread.sleep(10);
        }
        long elapsed = System.nanoTime() - started;
        writer.close();
        return elapsed;
    }
}
