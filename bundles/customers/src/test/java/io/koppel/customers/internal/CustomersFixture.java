package io.koppel.customers.internal;

import static io.koppel.client.Annotations.configuration;

import io.koppel.api.posting.BillingAddress;
import io.koppel.api.posting.HostDocument;
import io.koppel.auth.internal.TestConnections;
import io.koppel.client.ClientSettings;
import io.koppel.client.ExactClients;
import io.koppel.client.Exchange;
import io.koppel.client.SimulatorTime;
import io.koppel.client.StandaloneExactClient;
import io.koppel.posting.internal.PostingConfiguration;
import io.koppel.posting.internal.PostingNode;
import io.koppel.simulator.DefaultDataSet;
import io.koppel.simulator.ExactSimulator;
import io.koppel.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Koppel's posting queue with customer updates as its division work, as one node runs them in Karaf, on a real
 * database and the simulator: the real connection manager, client, posting processor and queue; only the polling
 * thread is replaced by {@link #drain()}. Three schools, each linked to a division of its own.
 */
public final class CustomersFixture implements AutoCloseable {
    public static final List<String> SCHOOLS = List.of("school-1", "school-2", "school-3");
    public static final List<Integer> DIVISIONS = List.of(DefaultDataSet.DIVISION, DefaultDataSet.DIVISION_2,
            DefaultDataSet.DIVISION_FOREIGN);

    public final ExactSimulator simulator;
    public final Store store;
    public final StandaloneExactClient client;
    public final TestConnections connections;
    public final Clock clock;
    public final CustomerUpdates customers;
    final CustomerUpdater updater;
    public final PostingNode node;
    /** Every exchange the client reported, as the transaction log receives them. */
    public final List<Exchange> exchanges = new java.util.concurrent.CopyOnWriteArrayList<>();

    public CustomersFixture(ExactSimulator simulator, Store store, String worker) throws Exception {
        this.simulator = simulator;
        this.store = store;
        SimulatorTime time = new SimulatorTime(simulator.clock());
        this.clock = time.asClock();
        this.client = ExactClients.create(ClientSettings.defaults().withReadTimeout(Duration.ofSeconds(2))
                .withTime(time), exchanges::add);
        this.connections = new TestConnections(simulator, store, client, client);
        this.customers = new CustomerUpdates(store, clock, Duration.ZERO);
        CustomersConfiguration configuration = configuration(CustomersConfiguration.class, Map.of());
        this.updater = new CustomerUpdater(store, client, clock, worker, Duration.ofMinutes(5),
                CustomerUpdateWork.retrySchedule(configuration));
        updater.recover();
        this.node = new PostingNode(store, connections.access(), client,
                configuration(PostingConfiguration.class, Map.of("batchSize", 500)), clock, worker,
                Executors.newFixedThreadPool(4), List.of(updater));
    }

    /** The shared simulator emptied and on real time, then node-a with the three schools linked. */
    public static CustomersFixture connectedOn(ExactSimulator simulator, Store store) throws Exception {
        simulator.reset();
        simulator.clock().useRealTime();
        CustomersFixture fixture = new CustomersFixture(simulator, store, "node-a");
        for (int school = 0; school < SCHOOLS.size(); school++) {
            fixture.connections.connectAs(DefaultDataSet.EN_USERNAME, SCHOOLS.get(school), DIVISIONS.get(school),
                    DefaultDataSet.JOURNAL_SALES, DefaultDataSet.JOURNAL_SALES_BOARDING, null, null);
        }
        return fixture;
    }

    /** Hands the documents to the posting service. */
    public void submit(List<HostDocument> documents) {
        node.service().submit(documents);
    }

    public CustomersFixture changed(BillingAddress address) {
        customers.addressChanged(address);
        return this;
    }

    /** Works the queue (postings and customer updates) until nothing due is left. */
    public void drain() throws InterruptedException {
        node.drain(1000);
    }

    /** Lets simulated time pass (retry waits) and works the queue again. */
    public void later(Duration duration) throws InterruptedException {
        simulator.clock().advance(duration);
        drain();
    }

    /** The account rows of the address's customers, one per division it is linked in. */
    public Map<String, Object> account(int division, String addressId) {
        return simulator.rows(division, "crm/Accounts", Map.of("Remarks", addressId)).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no account for " + addressId + " in " + division));
    }

    @Override
    public void close() throws InterruptedException {
        node.stop(Duration.ofSeconds(10));
        client.close();
    }
}
