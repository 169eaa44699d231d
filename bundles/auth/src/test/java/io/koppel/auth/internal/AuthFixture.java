package io.koppel.auth.internal;

import io.koppel.api.connection.ExactSite;
import io.koppel.client.ClientSettings;
import io.koppel.client.ExactClients;
import io.koppel.client.Exchange;
import io.koppel.client.ExchangeListener;
import io.koppel.client.StandaloneExactClient;
import io.koppel.client.SimulatorTime;
import io.koppel.simulator.DefaultDataSet;
import io.koppel.simulator.ExactSimulator;
import io.koppel.store.Store;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** A connection manager on a real database and the simulator, as the auth bundle runs in Karaf. */
final class AuthFixture implements AutoCloseable {
    static final URI REDIRECT = URI.create("http://localhost/koppel/oauth/callback");
    static final SecretKey KEY = new SecretKeySpec(new byte[32], "AES");

    final ExactSimulator simulator;
    final StandaloneExactClient client;
    final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
    final ExactApp app;

    /** A fixture on the shared simulator, emptied and back on real time first. */
    static AuthFixture onFreshSimulator(ExactSimulator simulator) {
        simulator.reset();
        simulator.clock().useRealTime();
        return new AuthFixture(simulator);
    }

    AuthFixture(ExactSimulator simulator) {
        this.simulator = simulator;
        ExchangeListener recorder = exchanges::add;
        this.client = ExactClients.create(ClientSettings.defaults(), recorder);
        this.app = new ExactApp(ExactSite.BE, DefaultDataSet.CLIENT_ID, DefaultDataSet.CLIENT_SECRET, REDIRECT,
                URI.create(simulator.baseUrl()));
    }

    ConnectionManager manager(Store store) {
        return manager(store, new TokenCipher(KEY));
    }

    /** A node with its own token key(s), e.g. one of several Karaf nodes sharing the database. */
    ConnectionManager manager(Store store, TokenCipher cipher) {
        return new ConnectionManager(store, client, client, cipher, new SimulatorTime(simulator.clock()).asClock(),
                Duration.ofMinutes(10), () -> List.of(app));
    }

    /** Links a host entity through the consent page as the default Dutch user. */
    ConsentResult link(ConnectionManager manager, String hostEntity) throws Exception {
        return link(manager, hostEntity, DefaultDataSet.USERNAME);
    }

    /** Links a host entity through the consent page as one of the simulator's users. */
    ConsentResult link(ConnectionManager manager, String hostEntity, String username) throws Exception {
        Map<String, String> redirect = new ConsentBrowser().consent(manager.connect(hostEntity, ExactSite.BE),
                username, DefaultDataSet.PASSWORD, true);
        return manager.complete(redirect.get("state"), redirect.get("code"), redirect.get("error"));
    }

    @Override
    public void close() {
        client.close();
    }
}
