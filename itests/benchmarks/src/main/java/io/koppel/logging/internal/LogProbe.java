package io.koppel.logging.internal;

import io.koppel.benchmarks.Annotations;
import io.koppel.client.Exchange;
import io.koppel.store.LogRow;
import io.koppel.store.Store;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The transaction log's real classes as the benchmarks need them outside Karaf: an {@link ExchangeRecorder} with
 * the default configuration (REDACTED bodies, batches of 200, a queue of 10,000), its orderly stop, and its
 * {@link LogWriter} on its own to measure how many rows a second it stores.
 */
public final class LogProbe {
    private LogProbe() {
    }

    /** The recorder as Declarative Services activates it with an unconfigured PID. */
    public static ExchangeRecorder recorder(Store store) {
        return new ExchangeRecorder(store, configuration());
    }

    public static LoggingConfiguration configuration() {
        return Annotations.configuration(LoggingConfiguration.class, Map.of());
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
     * Hands all rows at once to a fresh writer with the default batch size and a queue that holds them all, and
     * returns the nanoseconds until the table holds them all (polled every 10 ms): the writer thread's capacity,
     * in isolation.
     */
    public static long writeAll(Store store, List<LogRow> rows, LongSupplier rowsInTable) throws InterruptedException {
        LoggingConfiguration defaults = configuration();
        long target = rowsInTable.getAsLong() + rows.size();
        LogWriter writer = new LogWriter(store, rows.size() + 1, defaults.batchSize());
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
