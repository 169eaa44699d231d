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
 * out as configured.
 */
@Component(configurationPid = LoggingConfiguration.PID)
@Designate(ocd = LoggingConfiguration.class)
public class ExchangeRecorder implements ExchangeListener {
    private static final int MESSAGE_LENGTH = 4000;
    private static final int PATH_LENGTH = 2000;

    private final LogWriter writer;
    private final BodyRedactor redactor;

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
    public void exchanged(Exchange exchange) {
        writer.write(toRow(exchange));
    }

    LogRow toRow(Exchange exchange) {
        return new LogRow(UUID.randomUUID().toString(), exchange.time(), exchange.hostEntity(), exchange.division(),
                searchNumber(exchange), exchange.operation(), exchange.method(),
                cut(Secrets.scrub(exchange.path()), PATH_LENGTH), exchange.httpStatus(), exchange.durationMillis(),
                exchange.failed(), cut(Secrets.scrub(exchange.message()), MESSAGE_LENGTH),
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
