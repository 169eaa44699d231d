package io.koppel.client;

import static io.koppel.simulator.DefaultDataSet.CLIENT_ID;
import static io.koppel.simulator.DefaultDataSet.USERNAME;

import io.koppel.simulator.ExactSimulator;
import io.koppel.simulator.SimulatorConfig;
import java.net.URI;
import java.time.Duration;

/**
 * A simulator on a free port and a client talking to it over HTTP, with the client's rate-limit clock following
 * the simulator's. Access tokens come from the simulator's control API, as the auth bundle would hand them.
 */
final class SimulatedExact implements AutoCloseable {
    final ExactSimulator simulator;
    final StandaloneExactClient client;
    final RecordingListener exchanges = new RecordingListener();
    final URI site;
    final AccessTokenSource tokens;

    private SimulatedExact(SimulatorConfig config, ClientSettings settings) {
        this.simulator = ExactSimulator.start(config);
        this.site = URI.create(simulator.baseUrl());
        this.client = ExactClients.create(settings.withTime(new SimulatorTime(simulator)), exchanges);
        this.tokens = () -> simulator.issueTokens(CLIENT_ID, USERNAME).accessToken();
    }

    /** Limits so high they never bind, no error blocks: for tests of what the operations do. */
    static SimulatedExact unlimited() {
        return start(SimulatorConfig.builder().minutelyLimit(1_000_000).dailyLimit(100_000_000)
                .errorBlockThreshold(0).tokenCallsPerDay(Integer.MAX_VALUE).build());
    }

    static SimulatedExact start(SimulatorConfig config) {
        return new SimulatedExact(config, ClientSettings.defaults().withReadTimeout(Duration.ofSeconds(10)));
    }

    static SimulatedExact start(SimulatorConfig config, ClientSettings settings) {
        return new SimulatedExact(config, settings);
    }

    CallContext ctx(int division) {
        return new CallContext(site, division, tokens, "test", null, null);
    }

    long count429() {
        return simulator.stats().byStatus().getOrDefault(429, 0L);
    }

    @Override
    public void close() {
        client.close();
        simulator.close();
    }
}
