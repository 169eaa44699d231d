package io.koppel.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every exchange it is told about. */
final class RecordingListener implements ExchangeListener {
    final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

    @Override
    public void exchanged(Exchange exchange) {
        exchanges.add(exchange);
    }

    Exchange last() {
        return exchanges.get(exchanges.size() - 1);
    }

    void clear() {
        exchanges.clear();
    }
}
