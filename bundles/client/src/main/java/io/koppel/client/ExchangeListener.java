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
}
