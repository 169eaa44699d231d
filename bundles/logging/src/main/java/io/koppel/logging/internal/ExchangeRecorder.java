package io.koppel.logging.internal;

import io.koppel.api.log.SearchNumbers;
import io.koppel.client.Exchange;
import io.koppel.client.ExchangeListener;
import io.koppel.store.LogRow;
import io.koppel.store.Store;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Records every exchange the client reports in the transaction log, without tokens and with personal data left
 * out as configured. A write (POST, PUT, DELETE) is stored before it is sent, in a transaction of its own, so a
 * node killed while Exact acts on it still shows it ("sent, no answer recorded"); its answer completes the row
 * later, in the writer's batches. Reads are only stored in batches: a crash may lose the last second of them.
 */
@Component(configurationPid = LoggingConfiguration.PID)
@Designate(ocd = LoggingConfiguration.class)
public class ExchangeRecorder implements ExchangeListener {
    private static final int MESSAGE_LENGTH = 4000;
    private static final int PATH_LENGTH = 2000;
    static final String NO_ANSWER = "Sent; no answer recorded (the node stopped before it came)";

    private final LogWriter writer;
    private final BodyRedactor redactor;
    // The row of the write this thread is sending: sending() and exchanged() come on the caller's thread.
    private final ThreadLocal<String> sendingRow = new ThreadLocal<>();

    @Activate
    public ExchangeRecorder(@Reference Store store, LoggingConfiguration configuration) {
        this(new LogWriter(store, configuration.queueCapacity(), configuration.batchSize()),
                new BodyRedactor(configuration.requestBodies(), Set.of(configuration.personalFields())));
    }

    ExchangeRecorder(LogWriter writer, BodyRedactor redactor) {
        this.writer = writer;
        this.redactor = redactor;
    }

    @Override
    public void sending(Exchange exchange) {
        LogRow row = toRow(UUID.randomUUID().toString(), exchange, NO_ANSWER);
        writer.writeNow(row);
        sendingRow.set(row.id());
    }

    @Override
    public void exchanged(Exchange exchange) {
        String sent = sendingRow.get();
        sendingRow.remove();
        if (sent != null && !"GET".equals(exchange.method())) {
            writer.complete(toRow(sent, exchange, exchange.message()));
        } else {
            writer.write(toRow(exchange));
        }
    }

    LogRow toRow(Exchange exchange) {
        return toRow(UUID.randomUUID().toString(), exchange, exchange.message());
    }

    private LogRow toRow(String id, Exchange exchange, String message) {
        return new LogRow(id, exchange.time(), exchange.hostEntity(), exchange.division(),
                searchNumber(exchange), exchange.operation(), exchange.method(),
                cut(Secrets.scrub(exchange.path()), PATH_LENGTH), exchange.httpStatus(), exchange.durationMillis(),
                exchange.failed(), cut(Secrets.scrub(message), MESSAGE_LENGTH),
                redactor.redact(exchange.requestBody()));
    }

    /**
     * The number an admin finds the exchange under. A token refresh belongs to no document: it is the connection's
     * business, so it is found with the configuration changes.
     */
    private static String searchNumber(Exchange exchange) {
        return exchange.searchNumber() != null ? exchange.searchNumber() : SearchNumbers.CONFIGURATION;
    }

    /** Stores everything recorded so far; for tests and an orderly stop. */
    void flush() {
        writer.flush();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        writer.close();
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
