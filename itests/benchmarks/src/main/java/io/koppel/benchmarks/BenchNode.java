package io.koppel.benchmarks;

import io.koppel.api.PageRequest;
import io.koppel.api.Status;
import io.koppel.api.posting.HostDocument;
import io.koppel.api.posting.PostingQuery;
import io.koppel.auth.ExactAccess;
import io.koppel.auth.internal.TestConnections;
import io.koppel.client.Annotations;
import io.koppel.client.ClientSettings;
import io.koppel.client.ExactClient;
import io.koppel.client.ExactClients;
import io.koppel.client.Exchange;
import io.koppel.client.ExchangeListener;
import io.koppel.client.SimulatorTime;
import io.koppel.client.StandaloneExactClient;
import io.koppel.logging.internal.ExchangeRecorder;
import io.koppel.logging.internal.LogProbe;
import io.koppel.logging.internal.LoggingConfiguration;
import io.koppel.posting.DivisionWork;
import io.koppel.posting.internal.PostingConfiguration;
import io.koppel.posting.internal.PostingNode;
import io.koppel.posting.internal.PostingServiceImpl;
import io.koppel.simulator.DefaultDataSet;
import io.koppel.simulator.ExactSimulator;
import io.koppel.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One Koppel node as the posting bundle's worker builds it in Karaf, on a benchmark database and the simulator: the real
 * connection manager (linked through the simulator's consent page), client, transaction log (ExchangeRecorder),
 * processor and queue, with the queue's settings chosen by the benchmark (writer threads = parallelDivisions,
 * batch size) and the node's clock and the client's rate-limit waits on the simulator's clock, as
 * the posting tests do. The poller runs {@link PostingNode#poll()} at a fixed delay like the worker's;
 * on a fast simulator clock its delay is the configured pollMillis divided by the clock factor, so it stays the
 * same in simulated time.
 */
final class BenchNode implements AutoCloseable {
    static final String WORKER = "bench-node";

    final ExactSimulator simulator;
    final BenchDatabase db;
    final Store store;
    final Clock clock;
    final Meter meter = new Meter();
    final StandaloneExactClient client;
    final TestConnections connections;
    final PostingServiceImpl service;
    final PostingNode queue;
    final PostingConfiguration configuration;
    private final ExchangeRecorder recorder;
    private ScheduledExecutorService poller;

    BenchNode(ExactSimulator simulator, BenchDatabase db, int parallelDivisions, int batchSize,
            boolean transactionLog) throws Exception {
        this(simulator, db, parallelDivisions, batchSize, transactionLog, (store, client, clock) -> List.of());
    }

    /** What other bundles do in the divisions between postings, made from the node's store, client and clock. */
    interface OtherWork {
        List<DivisionWork> of(Store store, ExactClient client, Clock clock);
    }

    BenchNode(ExactSimulator simulator, BenchDatabase db, int parallelDivisions, int batchSize,
            boolean transactionLog, OtherWork otherWork) throws Exception {
        this.simulator = simulator;
        this.db = db;
        this.store = db.store();
        SimulatorTime time = new SimulatorTime(simulator.clock());
        this.clock = time.asClock();
        this.recorder = transactionLog ? LogProbe.recorder(store,
                Annotations.configuration(LoggingConfiguration.class, Map.of())) : null;
        // both halves of the log's work on the caller's thread: the write stored before it is sent, the answer queued
        ExchangeListener listener = new ExchangeListener() {
            @Override
            public void sending(Exchange exchange) {
                listened(recorder -> recorder.sending(exchange));
            }

            @Override
            public void exchanged(Exchange exchange) {
                listened(recorder -> recorder.exchanged(exchange));
            }
        };
        this.client = ExactClients.create(ClientSettings.defaults().withTime(time), listener);
        this.connections = new TestConnections(simulator, store, client, client);
        this.configuration = Annotations.configuration(PostingConfiguration.class,
                Map.of("parallelDivisions", parallelDivisions, "batchSize", batchSize));
        ExactAccess access = meter.access(connections.access());
        AtomicInteger writerNumber = new AtomicInteger();
        ExecutorService writers = meter.writers(Executors.newFixedThreadPool(configuration.parallelDivisions(),
                runnable -> new Thread(runnable, "koppel-division-writer-" + writerNumber.incrementAndGet())));
        ExactClient metered = meter.client(client);
        this.queue = new PostingNode(store, access, metered, configuration, clock, WORKER, writers,
                otherWork.of(store, metered, clock));
        this.service = queue.service();
    }

    /** The transaction log's work on an exchange (none when the log is off), timed for the meter. */
    private void listened(Consumer<ExchangeRecorder> work) {
        long started = System.nanoTime();
        if (recorder != null) {
            work.accept(recorder);
        }
        meter.listened(System.nanoTime() - started);
    }

    /** Links a host entity to a division with sales journals 70 and 71, through the consent page. */
    BenchNode connect(String hostEntity, int division) throws Exception {
        connections.connect(hostEntity, division, DefaultDataSet.JOURNAL_SALES, DefaultDataSet.JOURNAL_SALES_BOARDING,
                null, null);
        return this;
    }

    void submit(List<HostDocument> documents) {
        for (int from = 0; from < documents.size(); from += 500) {
            service.submit(documents.subList(from, Math.min(documents.size(), from + 500)));
        }
    }

    /** Starts polling as PostingWorker does, every pollMillis of simulated time. */
    void startPolling() {
        long delayMicros = Math.max(1_000, (long) (configuration.pollMillis() * 1_000 / simulator.clock().factor()));
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "koppel-posting-queue"));
        poller.scheduleWithFixedDelay(() -> {
            long cpu = Meter.cpu();
            long started = System.nanoTime();
            try {
                queue.poll();
            } catch (RuntimeException e) {
                System.err.println("poll failed: " + e);
            } finally {
                meter.polled(System.nanoTime() - started, Meter.cpu() - cpu);
            }
        }, 0, delayMicros, TimeUnit.MICROSECONDS);
    }

    void stopPolling() throws InterruptedException {
        if (poller != null) {
            poller.shutdownNow();
            poller.awaitTermination(10, TimeUnit.SECONDS);
            poller = null;
        }
    }

    /** Works the queue from this thread until nothing due is left. */
    void drain() throws InterruptedException {
        queue.drain(10_000);
    }

    long count(Status... statuses) {
        return service.postings(PostingQuery.all().withStatuses(statuses), PageRequest.first(1)).total();
    }

    /** Waits (real time) until this many postings are completed; fails on failed ones or when nothing moves. */
    void awaitCompleted(long expected, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        // one count every 20 ms: the benchmark's own queries should not load the database it measures
        for (int round = 1; count(Status.COMPLETED) < expected; round++) {
            if (round % 50 == 0 || System.nanoTime() > deadline) {
                long failed = count(Status.FAILED, Status.FATAL);
                if (failed > 0 || System.nanoTime() > deadline) {
                    throw new IllegalStateException(count(Status.COMPLETED) + " of " + expected + " completed, "
                            + failed + " failed: " + service.postings(PostingQuery.all().withStatuses(Status.FAILED,
                                    Status.FATAL, Status.IN_PROGRESS), PageRequest.first(3)).items());
                }
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopPolling();
        queue.stop(Duration.ofSeconds(30));
        if (recorder != null) {
            LogProbe.close(recorder);
        }
        client.close();
    }
}
