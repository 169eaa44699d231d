package io.koppel.client;

import static io.koppel.simulator.DefaultDataSet.CLIENT_ID;
import static io.koppel.simulator.DefaultDataSet.USERNAME;

import io.koppel.simulator.ExactSimulator;
import io.koppel.simulator.SimulatorConfig;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A simulator on a free port and a client talking to it over HTTP, with the client's rate-limit clock following
 * the simulator's: a {@link SimulatorExtension} with the client on top. Access tokens come from the simulator's
 * control API, as the auth bundle would hand them.
 */
final class SimulatedExact implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private final SimulatorExtension lifecycle;
    final RecordingListener exchanges = new RecordingListener();
    ExactSimulator simulator;
    StandaloneExactClient client;
    URI site;
    AccessTokenSource tokens;

    private SimulatedExact(SimulatorConfig config, ClientSettings settings) {
        this.lifecycle = SimulatorExtension.with(config, simulator -> open(simulator, settings), this::closeClient);
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

    private void open(ExactSimulator started, ClientSettings settings) {
        simulator = started;
        site = URI.create(started.baseUrl());
        client = ExactClients.create(settings.withTime(new SimulatorTime(started.clock())), exchanges);
        tokens = () -> started.issueTokens(CLIENT_ID, USERNAME).accessToken();
    }

    private void closeClient() {
        client.close();
    }

    CallContext ctx(int division) {
        return new CallContext(site, division, tokens, "test", null, null);
    }

    long count429() {
        return simulator.stats().byStatus().getOrDefault(429, 0L);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        lifecycle.beforeAll(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        lifecycle.afterAll(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        lifecycle.beforeEach(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        lifecycle.afterEach(context);
    }
}
