package io.koppel.client.internal.http;

/** Sends one HTTP request and reads the whole response. Thread-safe. */
public interface HttpTransport extends AutoCloseable {

    /** Any status is a response; only the absence of one is a {@link TransportFailure}. */
    HttpResponse send(HttpRequest request) throws TransportFailure;

    @Override
    void close();
}
