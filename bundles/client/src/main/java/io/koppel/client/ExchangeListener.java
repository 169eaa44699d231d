package io.koppel.client;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told about every exchange with Exact, API and token calls alike. Register it as an OSGi service. It is called
 * synchronously on the calling thread right after the exchange, so it should only queue the record; what it
 * throws is logged and otherwise ignored.
 */
@ConsumerType
@FunctionalInterface
public interface ExchangeListener {
    void exchanged(Exchange exchange);

    /**
     * Told of a write (POST, PUT, DELETE) just before it is sent, on the calling thread, so a record of it can be
     * made that survives a crash while Exact acts on it; {@link #exchanged} follows on the same thread. The
     * exchange has no status and no duration yet. What it throws stops the write: it is not sent, and the caller
     * gets an {@link ExactTransientException} saying so.
     */
    default void sending(Exchange exchange) {
    }
}
