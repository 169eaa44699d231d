package io.koppel.simulator.bench;

import io.koppel.simulator.DefaultDataSet;
import io.koppel.simulator.ExactSimulator;
import io.koppel.simulator.SimulatorConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures how many requests per second the simulator answers on loopback: an embedded, unlimited simulator,
 * K client threads sharing one keep-alive java.net.http client, each firing GETs until N are done.
 *
 * <pre>java -cp koppel-simulator-&lt;version&gt;-standalone.jar io.koppel.simulator.bench.SimulatorBenchmark [--requests 100000] [--threads 8]</pre>
 */
public final class SimulatorBenchmark {
    private SimulatorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int requests = 100_000;
        int threads = 8;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--requests" -> requests = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        try (ExactSimulator sim = ExactSimulator.start(SimulatorConfig.builder().noLimits().callLogCapacity(10_000).build())) {
            String token = sim.issueTokens(DefaultDataSet.CLIENT_ID, DefaultDataSet.USERNAME).accessToken();
            // long-lived token: the benchmark must not hit the 600 s expiry on slow machines
            sim.clock().setFactor(0.001);
            URI uri = URI.create(sim.apiUrl() + "/" + DefaultDataSet.DIVISION + "/financial/Journals?$select=Code,Description");
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "application/json")
                    .header("Authorization", "Bearer " + token).GET().build();

            run(client, request, Math.min(requests / 5, 20_000), threads); // warm-up (JIT, connections)
            Result result = run(client, request, requests, threads);
            System.out.printf("requests=%d threads=%d errors=%d seconds=%.2f requests/s=%.0f%n", requests, threads,
                    result.errors, result.nanos / 1e9, requests / (result.nanos / 1e9));
        }
    }

    private record Result(long nanos, long errors) {
    }

    private static Result run(HttpClient client, HttpRequest request, int total, int threads) throws InterruptedException {
        AtomicInteger remaining = new AtomicInteger(total);
        AtomicLong errors = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                while (remaining.getAndDecrement() > 0) {
                    try {
                        HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread w : workers) {
            w.join();
        }
        return new Result(System.nanoTime() - start, errors.get());
    }
}
