package io.koppel.auth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.api.connection.ConnectionState;
import io.koppel.simulator.CallFilter;
import io.koppel.simulator.ExactSimulator;
import io.koppel.simulator.RecordedCall;
import io.koppel.simulator.SimulatorConfig;
import io.koppel.store.DatabaseKind;
import io.koppel.store.TestDatabase;
import io.koppel.store.internal.MyBatisStore;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Two Karaf nodes sharing one PostgreSQL database, 16 threads each, asking for tokens across 50 token lifetimes
 * on the simulator's fast clock: the refresh is single-flight across both, never early, never with a used token.
 */
class TokenRefreshRaceTest {
    private static final int LIFETIMES = 50;
    private static final int THREADS_PER_NODE = 16;
    private static final double CLOCK_FACTOR = 500;

    private static HikariDataSource pool(TestDatabase database) {
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(database.dataSource());
        pool.setMaximumPoolSize(8);
        return new HikariDataSource(pool);
    }

    @Test
    void twoNodesRefreshOncePerLifetimeAndNeverBurnTheLink() throws Exception {
        Assumptions.assumeTrue(TestDatabase.enabled().contains(DatabaseKind.POSTGRESQL),
                "the race runs on PostgreSQL; koppel.test.databases leaves it out");
        TestDatabase database = TestDatabase.migrated(DatabaseKind.POSTGRESQL);
        try (ExactSimulator simulator = ExactSimulator.start(SimulatorConfig.builder().rateLimitsEnabled(false).build());
             AuthFixture nodeA = new AuthFixture(simulator);
             AuthFixture nodeB = new AuthFixture(simulator);
             HikariDataSource poolA = pool(database);
             HikariDataSource poolB = pool(database)) {
            // Each node has its own client, its own MyBatis and its own connection pool, as in two JVMs.
            ConnectionManager managerA = nodeA.manager(MyBatisStore.on(poolA));
            ConnectionManager managerB = nodeB.manager(MyBatisStore.on(poolB));
            nodeA.link(managerA, "school-1");
            simulator.clearCalls();
            simulator.clock().setFactor(CLOCK_FACTOR);
            Instant end = simulator.clock().now().plus(Duration.ofSeconds(600L * LIFETIMES));
            // On this clock a token lives 1.2 s: allow a refresh to land a quarter of a real second past the token's
            // end, a pause a busy two-core machine may take (a missed lifetime would be 600 s late, still caught).
            long slackSeconds = Math.round(CLOCK_FACTOR * 0.25);

            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            ExecutorService threads = Executors.newFixedThreadPool(2 * THREADS_PER_NODE);
            for (int i = 0; i < THREADS_PER_NODE; i++) {
                for (ConnectionManager node : List.of(managerA, managerB)) {
                    threads.execute(() -> {
                        while (simulator.clock().now().isBefore(end) && failures.isEmpty()) {
                            try {
                                node.accessToken("school-1");
                                Thread.sleep(2);
                            } catch (Throwable failure) {
                                failures.add(failure);
                            }
                        }
                    });
                }
            }
            threads.shutdown();
            assertTrue(threads.awaitTermination(5, TimeUnit.MINUTES));
            simulator.clock().setFactor(1);

            assertEquals(List.of(), new ArrayList<>(failures));
            List<RecordedCall> tokenCalls = simulator.calls(CallFilter.path("POST", "/api/oauth2/token"));
            List<RecordedCall> refused = tokenCalls.stream().filter(call -> call.status() != 200).toList();
            assertEquals(List.of(), refused, "no 'Old refresh token used', no refresh too early");
            List<Instant> refreshes = tokenCalls.stream().map(RecordedCall::time).sorted().toList();
            assertTrue(refreshes.size() >= LIFETIMES * 570 / (600 + slackSeconds),
                    "one refresh per lifetime: " + refreshes.size());
            for (int i = 1; i < refreshes.size(); i++) {
                long gap = Duration.between(refreshes.get(i - 1), refreshes.get(i)).toSeconds();
                assertTrue(gap >= 570, "refresh " + i + " came too early, " + gap + " s after the one before");
                assertTrue(gap <= 600 + slackSeconds, "refresh " + i + " came late, " + gap + " s after the one before");
            }
            assertEquals(ConnectionState.INCOMPLETE, managerB.connection("school-1").orElseThrow().state());
            System.out.printf("[koppel-auth] %d refreshes by 2 nodes x %d threads over %d token lifetimes%n",
                    refreshes.size(), THREADS_PER_NODE, LIFETIMES);
        }
    }
}
