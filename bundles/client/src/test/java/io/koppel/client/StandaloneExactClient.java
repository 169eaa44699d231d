package io.koppel.client;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The client and token endpoint outside OSGi, from {@link ExactClients#create}: for tests and benchmarks.
 * Close it to release its connections.
 */
@ProviderType
public interface StandaloneExactClient extends ExactClient, TokenEndpoint, AutoCloseable {

    @Override
    void close();
}
