package io.koppel.client.bench;

import static io.koppel.simulator.DefaultDataSet.CLIENT_ID;
import static io.koppel.simulator.DefaultDataSet.DIVISION;
import static io.koppel.simulator.DefaultDataSet.USERNAME;

import io.koppel.client.CallContext;
import io.koppel.client.ClientSettings;
import io.koppel.client.ExactClients;
import io.koppel.client.SimulatorTime;
import io.koppel.client.StandaloneExactClient;
import io.koppel.simulator.ExactSimulator;
import io.koppel.simulator.SimulatorConfig;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * Prints what the client does against the simulator over HTTP:
 * <ol>
 * <li>calls per second with no limits (one division, one caller: the way Koppel talks to a division);</li>
 * <li>the 429 count of 200 calls against Exact's 60 a minute, on a simulator clock running 60 times faster than
 * real time (a simulated minute per real second).</li>
 * </ol>
 * Run: {@code java -cp target/test-classes:target/classes:<test classpath> io.koppel.client.bench.ClientBenchmark
 * [calls]}.
 */
public final class ClientBenchmark {
    private ClientBenchmark() {
    }

    public static void main(String[] args) {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        unlimited(calls);
        sixtyAMinute(200);
    }

    private static void unlimited(int calls) {
        try (ExactSimulator sim = ExactSimulator.start(SimulatorConfig.builder().noLimits()
                .minutelyLimit(Integer.MAX_VALUE).dailyLimit(Integer.MAX_VALUE).build());
                StandaloneExactClient client = ExactClients.create(ClientSettings.defaults())) {
            String token = sim.issueTokens(CLIENT_ID, USERNAME).accessToken();
            CallContext ctx = CallContext.of(URI.create(sim.baseUrl()), DIVISION, () -> token);
            for (int i = 0; i < 200; i++) {
                client.journals(ctx);
            }
            long started = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                client.journals(ctx);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("no limits: %d calls (GET financial/Journals, one division) in %.2f s = %.0f calls/s,"
                    + " 429s: %d%n", calls, seconds, calls / seconds,
                    sim.stats().byStatus().getOrDefault(429, 0L));
        }
    }

    private static void sixtyAMinute(int calls) {
        try (ExactSimulator sim = ExactSimulator.start(SimulatorConfig.builder().minutelyLimit(60)
                .dailyLimit(5_000).clockFactor(60).build());
                StandaloneExactClient client = ExactClients.create(ClientSettings.defaults()
                        .withTime(new SimulatorTime(sim)))) {
            CallContext ctx = CallContext.of(URI.create(sim.baseUrl()), DIVISION,
                    () -> sim.issueTokens(CLIENT_ID, USERNAME).accessToken());
            Instant simulatedStart = sim.clock().now();
            long started = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                client.journals(ctx);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Duration simulated = Duration.between(simulatedStart, sim.clock().now());
            System.out.printf("60/min limit: %d calls, 429s: %d, simulated time %d min %d s (clock x60; %.1f s"
                    + " real), budget now %s%n", calls, sim.stats().byStatus().getOrDefault(429, 0L),
                    simulated.toMinutes(), simulated.toSecondsPart(), seconds,
                    client.budget(URI.create(sim.baseUrl()), DIVISION).orElseThrow());
        }
    }
}
