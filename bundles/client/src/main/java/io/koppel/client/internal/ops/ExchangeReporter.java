package io.koppel.client.internal.ops;

import io.koppel.client.ExactTransientException;
import io.koppel.client.Exchange;
import io.koppel.client.ExchangeListener;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands each exchange to the listeners of the moment; a failing listener never fails the call. */
public final class ExchangeReporter {
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeReporter.class);

    private final Supplier<? extends Iterable<ExchangeListener>> listeners;

    public ExchangeReporter(Supplier<? extends Iterable<ExchangeListener>> listeners) {
        this.listeners = listeners;
    }

    /** Before a write is sent: a listener that cannot record it stops it. */
    public void sending(Exchange exchange) {
        for (ExchangeListener listener : listeners.get()) {
            try {
                listener.sending(exchange);
            } catch (RuntimeException | LinkageError e) {
                throw new ExactTransientException("Not sent: the request could not be recorded before it was sent ("
                        + e + ")", null, false, e);
            }
        }
    }

    public void report(Exchange exchange) {
        for (ExchangeListener listener : listeners.get()) {
            try {
                listener.exchanged(exchange);
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("Exchange listener {} failed on {} {}: {}", listener, exchange.method(), exchange.path(),
                        e.toString(), e);
            }
        }
    }
}
