package io.koppel.client.internal;

import io.koppel.client.ClientSettings;
import io.koppel.client.ExchangeListener;
import io.koppel.client.StandaloneExactClient;
import io.koppel.client.Tokens;
import java.net.URI;
import java.util.function.Supplier;

/** The client plus the token endpoint over one engine: what {@code ExactClients.create} hands out. */
public class ExactService extends DefaultExactClient implements StandaloneExactClient {
    private final ExactEngine engine;

    public ExactService(ClientSettings settings, Supplier<? extends Iterable<ExchangeListener>> listeners) {
        this(new ExactEngine(settings, listeners));
    }

    ExactService(ExactEngine engine) {
        super(engine.calls(), engine.limiter());
        this.engine = engine;
    }

    @Override
    public URI authorizationUri(URI siteBaseUri, String clientId, URI redirectUri, String state) {
        return engine.tokenEndpoint().authorizationUri(siteBaseUri, clientId, redirectUri, state);
    }

    @Override
    public Tokens exchangeCode(URI siteBaseUri, String clientId, String clientSecret, URI redirectUri, String code,
            String hostEntity) {
        return engine.tokenEndpoint().exchangeCode(siteBaseUri, clientId, clientSecret, redirectUri, code,
                hostEntity);
    }

    @Override
    public Tokens refresh(URI siteBaseUri, String clientId, String clientSecret, String refreshToken,
            String hostEntity) {
        return engine.tokenEndpoint().refresh(siteBaseUri, clientId, clientSecret, refreshToken, hostEntity);
    }

    @Override
    public void close() {
        engine.close();
    }
}
