package io.koppel.sync.internal;

import io.koppel.api.spi.SettlementHandler;
import io.koppel.api.sync.Settlement;
import io.koppel.api.sync.SyncFile;
import io.koppel.api.sync.SyncFileStatus;
import io.koppel.auth.internal.TestConnections;
import io.koppel.client.Annotations;
import io.koppel.client.ClientSettings;
import io.koppel.client.ExactClients;
import io.koppel.client.SimulatorTime;
import io.koppel.client.StandaloneExactClient;
import io.koppel.posting.internal.Documents;
import io.koppel.posting.internal.PostingConfiguration;
import io.koppel.posting.internal.PostingNode;
import io.koppel.simulator.DefaultDataSet;
import io.koppel.simulator.ExactSimulator;
import io.koppel.store.PostingMapper;
import io.koppel.store.PostingRow;
import io.koppel.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Koppel node for payment sync tests: the real posting pipeline, connections and client on the simulator and a
 * real database, and payment sync's engine as the component composes it; the host's SettlementHandler records.
 */
final class SyncTestNode implements AutoCloseable {
    final ExactSimulator simulator;
    final Store store;
    final StandaloneExactClient client;
    final TestConnections connections;
    final PostingNode posting;
    final SyncEngine engine;
    final HostLedger host = new HostLedger();
    final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor();

    SyncTestNode(ExactSimulator simulator, Store store, String node, Map<String, Object> settings) throws Exception {
        this.simulator = simulator;
        this.store = store;
        SimulatorTime time = new SimulatorTime(simulator.clock());
        this.clock = time.asClock();
        this.client = ExactClients.create(ClientSettings.defaults().withReadTimeout(Duration.ofSeconds(5)).withTime(time));
        this.connections = new TestConnections(simulator, store, client, client);
        this.posting = new PostingNode(store, connections.access(), client,
                Annotations.configuration(PostingConfiguration.class, Map.of()), clock, node, Executors.newFixedThreadPool(2));
        this.engine = SyncEngine.compose(store, connections.access(), client, clock,
                Annotations.configuration(SyncConfiguration.class, settings), node, background, () -> Optional.of(host), List::of);
    }

    /** A fresh simulator with school-1 linked to division 100001. */
    static SyncTestNode connected(ExactSimulator simulator, Store store) throws Exception {
        simulator.reset();
        simulator.clock().useRealTime();
        SyncTestNode node = new SyncTestNode(simulator, store, "node-a", Map.of());
        node.connections.connect(Documents.SCHOOL, DefaultDataSet.DIVISION, DefaultDataSet.JOURNAL_SALES,
                DefaultDataSet.JOURNAL_SALES_BOARDING, null, null);
        return node;
    }

    /** Posts the documents and returns their rows once Completed. */
    List<PostingRow> post(io.koppel.api.posting.HostDocument... documents) throws InterruptedException {
        posting.service().submit(List.of(documents));
        posting.drain(200);
        List<PostingRow> rows = new ArrayList<>();
        for (io.koppel.api.posting.HostDocument d : documents) {
            PostingRow row = store.transaction(s -> s.mapper(PostingMapper.class).find(d.documentNumber()));
            if (row.exactEntryId() == null) {
                throw new IllegalStateException(d.documentNumber() + " was not booked: " + row.status() + " " + row.reason());
            }
            rows.add(row);
        }
        return rows;
    }

    static UUID entry(PostingRow row) {
        return UUID.fromString(row.exactEntryId());
    }

    /** Makes a file and waits until it is no longer Creating. */
    SyncFile file(String ledger) throws InterruptedException {
        SyncFile created = engine.files().create(ledger);
        for (int i = 0; i < 600; i++) {
            SyncFile now = engine.files().find(created.id()).orElseThrow();
            if (now.status() != SyncFileStatus.CREATING) {
                return now;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("sync file " + created.id() + " still Creating");
    }

    @Override
    public void close() throws InterruptedException {
        posting.stop(Duration.ofSeconds(10));
        background.shutdownNow();
        client.close();
    }

    /** The host's side: its invoices' payment state, as settlements leave it. */
    static final class HostLedger implements SettlementHandler {
        final List<Settlement> received = new CopyOnWriteArrayList<>();
        final AtomicInteger calls = new AtomicInteger();
        volatile RuntimeException refuse;
        volatile LocalDate lastDate;

        @Override
        public void settle(String ledger, List<Settlement> settlements, LocalDate paymentDate) {
            calls.incrementAndGet();
            if (refuse != null) {
                throw refuse;
            }
            lastDate = paymentDate;
            received.addAll(settlements);
        }

        Settlement last(String documentNumber) {
            Settlement found = null;
            for (Settlement s : received) {
                if (s.documentNumber().equals(documentNumber)) {
                    found = s;
                }
            }
            return found;
        }
    }
}
