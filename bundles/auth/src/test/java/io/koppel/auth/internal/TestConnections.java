package io.koppel.auth.internal;

import io.koppel.auth.ExactAccess;
import io.koppel.client.ExactClient;
import io.koppel.client.TokenEndpoint;
import io.koppel.client.SimulatorTime;
import io.koppel.simulator.ExactSimulator;
import io.koppel.store.Store;

/**
 * Linked, configured connections on the simulator for other bundles' tests: the real connection manager, linked
 * through the simulator's consent page, with tokens refreshed on the simulator's clock.
 */
public final class TestConnections {
    private final AuthFixture fixture;
    private final ConnectionManager manager;

    public TestConnections(ExactSimulator simulator, Store store, ExactClient client, TokenEndpoint tokens) {
        this.fixture = new AuthFixture(simulator);
        this.manager = new ConnectionManager(store, tokens, client, new TokenCipher(AuthFixture.KEY),
                new SimulatorTime(simulator.clock()).asClock(), java.time.Duration.ofMinutes(10),
                () -> java.util.List.of(fixture.app));
    }

    /** Links a host entity as the simulator's Dutch user and chooses its division, journals and cost codes. */
    public TestConnections connect(String hostEntity, int division, String invoiceJournal, String creditNoteJournal,
            String costCenter, String costUnit) throws Exception {
        return connectAs(io.koppel.simulator.DefaultDataSet.USERNAME, hostEntity, division, invoiceJournal,
                creditNoteJournal, costCenter, costUnit);
    }

    /** Links a host entity as one of the simulator's users (each speaks its own language) and configures it. */
    public TestConnections connectAs(String username, String hostEntity, int division, String invoiceJournal,
            String creditNoteJournal, String costCenter, String costUnit) throws Exception {
        ConsentResult consent = fixture.link(manager, hostEntity, username);
        if (!consent.linked()) {
            throw new IllegalStateException(consent.text(java.util.Locale.ENGLISH));
        }
        manager.setDivision(hostEntity, division);
        if (invoiceJournal != null) {
            manager.setJournals(hostEntity, invoiceJournal, creditNoteJournal);
        }
        manager.setCosts(hostEntity, costCenter, costUnit);
        return this;
    }

    public ExactAccess access() {
        return manager;
    }

    public io.koppel.api.connection.ConnectionService connections() {
        return manager;
    }
}
