package io.koppel.posting.internal;

import io.koppel.api.posting.HostDocument;
import io.koppel.api.posting.Posting;
import io.koppel.auth.internal.TestConnections;
import io.koppel.client.ClientSettings;
import io.koppel.client.ExactClients;
import io.koppel.client.SimulatorTime;
import io.koppel.client.StandaloneExactClient;
import io.koppel.simulator.DefaultDataSet;
import io.koppel.simulator.ExactSimulator;
import io.koppel.store.DatabaseKind;
import io.koppel.store.Store;
import io.koppel.store.TestDatabase;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Koppel's posting pipeline as it runs in Karaf, on a real database and the simulator: the real connection
 * manager, client, processor and queue; only the polling thread is replaced by {@link #drain()}.
 */
final class PostingFixture implements AutoCloseable, AfterEachCallback {
    final ExactSimulator simulator;
    final Store store;
    final StandaloneExactClient client;
    final TestConnections connections;
    final PostingServiceImpl service;
    PostingQueue queue;
    final Clock clock;

    PostingFixture(ExactSimulator simulator, Store store, String worker) throws Exception {
        this.simulator = simulator;
        this.store = store;
        SimulatorTime time = new SimulatorTime(simulator.clock());
        this.clock = time.asClock();
        this.client = ExactClients.create(ClientSettings.defaults().withReadTimeout(Duration.ofSeconds(2))
                .withTime(time));
        this.connections = new TestConnections(simulator, store, client, client);
        this.service = new PostingServiceImpl(store, clock);
        this.queue = queue(worker);
    }

    /** A queue as a (re)started node runs it: the same worker name takes its claims back. */
    PostingQueue queue(String worker) {
        return queue(worker, configuration());
    }

    PostingQueue queue(String worker, PostingConfiguration configuration) {
        PostingQueue started = new PostingQueue(store, connections.access(),
                PostingWorker.processor(store, connections.access(), client, configuration, clock), List::of, clock,
                worker, Duration.ofMinutes(5), 500, Executors.newFixedThreadPool(4));
        started.recover();
        return started;
    }

    /**
     * The set-up of most posting tests: the shared simulator emptied and back on real time, then node-a on the given
     * store with school-1 linked. As a test's {@code @RegisterExtension} field it is closed after each test.
     */
    static PostingFixture connectedOn(ExactSimulator simulator, Store store) {
        simulator.reset();
        simulator.clock().useRealTime();
        try {
            return new PostingFixture(simulator, store, "node-a").connected();
        } catch (Exception e) {
            throw new IllegalStateException("node-a did not connect to the simulator", e);
        }
    }

    /** {@link #connectedOn} a freshly emptied H2 database. */
    static PostingFixture connectedOnH2(ExactSimulator simulator) {
        return connectedOn(simulator, TestDatabase.migrated(DatabaseKind.H2).store());
    }

    /** Links school-1 to division 100001 with sales journals 70 and 71. */
    PostingFixture connected() throws Exception {
        connections.connect(Documents.SCHOOL, DefaultDataSet.DIVISION, DefaultDataSet.JOURNAL_SALES,
                DefaultDataSet.JOURNAL_SALES_BOARDING, null, null);
        return this;
    }

    List<Posting> submit(HostDocument... documents) {
        return service.submit(List.of(documents));
    }

    /** Works the queue until nothing due is left or nothing moves. */
    void drain() throws InterruptedException {
        PostingNode.drain(queue, 200);
    }

    /** Lets simulated time pass (retry waits, connection rechecks) and works the queue again. */
    void later(Duration duration) throws InterruptedException {
        simulator.clock().advance(duration);
        drain();
    }

    /** Works on with another configuration, as after a change of etc/io.koppel.posting.cfg. */
    PostingFixture reconfigured(PostingConfiguration configuration) throws InterruptedException {
        queue.stop(Duration.ofSeconds(10));
        queue = queue("node-a", configuration);
        return this;
    }

    Posting posting(String documentNumber) {
        return service.posting(documentNumber).orElseThrow();
    }

    @Override
    public void close() throws InterruptedException {
        queue.stop(Duration.ofSeconds(10));
        client.close();
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        close();
    }

    static PostingConfiguration configuration() {
        return configuration("", "");
    }

    /** The test configuration with a default VAT code and main-category overrides. */
    static PostingConfiguration configuration(String vatCode, String vatCodesByMainCategory) {
        return new PostingConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return PostingConfiguration.class;
            }

            @Override
            public long pollMillis() {
                return 100;
            }

            @Override
            public int batchSize() {
                return 500;
            }

            @Override
            public int parallelDivisions() {
                return 4;
            }

            @Override
            public int claimSeconds() {
                return 300;
            }

            @Override
            public int maxAttempts() {
                return 20;
            }

            @Override
            public int maxRetryHours() {
                return 24;
            }

            @Override
            public int firstRetrySeconds() {
                return 15;
            }

            @Override
            public int maxRetryMinutes() {
                return 60;
            }

            @Override
            public int referenceDataMinutes() {
                return 60;
            }

            @Override
            public String vatCode() {
                return vatCode;
            }

            @Override
            public String vatCodesByMainCategory() {
                return vatCodesByMainCategory;
            }

            @Override
            public int refusalMemoryMinutes() {
                return 60;
            }

            @Override
            public String codeAtSupplierPrefix() {
                return "KOP";
            }
        };
    }
}
