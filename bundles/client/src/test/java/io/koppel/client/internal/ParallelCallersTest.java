package io.koppel.client.internal;

import static io.koppel.simulator.DefaultDataSet.CLIENT_ID;
import static io.koppel.simulator.DefaultDataSet.DIVISION;
import static io.koppel.simulator.DefaultDataSet.DIVISION_2;
import static io.koppel.simulator.DefaultDataSet.USERNAME;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.koppel.client.CallContext;
import io.koppel.client.ClientSettings;
import io.koppel.client.ExactClient;
import io.koppel.client.internal.http.CxfTransport;
import io.koppel.simulator.ExactSimulator;
import io.koppel.simulator.SimulatorConfig;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Eight threads calling two divisions: requests to one division never overlap. Counted where the client sends
 * them: the simulator's own overlap counter releases a call only after writing its response, so a next request
 * can arrive before that and look like an overlap.
 */
class ParallelCallersTest {

    @Test
    void callsToOneDivisionNeverOverlap() throws Exception {
        ClientSettings settings = ClientSettings.defaults();
        try (ExactSimulator sim = ExactSimulator.start(SimulatorConfig.builder().minutelyLimit(1_000_000)
                .dailyLimit(100_000_000).build())) {
            InFlightCounter counter = new InFlightCounter(
                    new CxfTransport(settings.connectTimeout(), settings.readTimeout()));
            ExactEngine engine = ExactEngine.of(settings, List::of, counter);
            ExactClient client = engine.client();
            URI site = URI.create(sim.baseUrl());
            String token = sim.issueTokens(CLIENT_ID, USERNAME).accessToken();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<?>> calls = new ArrayList<>();
                for (int i = 0; i < 160; i++) {
                    int division = i % 4 == 0 ? DIVISION_2 : DIVISION;
                    calls.add(pool.submit(() -> {
                        start.await();
                        return client.costCenters(CallContext.of(site, division, () -> token));
                    }));
                }
                start.countDown();
                for (Future<?> call : calls) {
                    call.get();
                }
            } finally {
                pool.shutdown();
                engine.close();
            }

            assertEquals(1, counter.maxInFlight.get(String.valueOf(DIVISION)));
            assertEquals(1, counter.maxInFlight.get(String.valueOf(DIVISION_2)));
            assertEquals(120L, sim.stats().byDivision().get(DIVISION));
            assertEquals(40L, sim.stats().byDivision().get(DIVISION_2));
            assertEquals(0L, sim.stats().byStatus().getOrDefault(429, 0L));
        }
    }
}
