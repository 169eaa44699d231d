package io.koppel.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.api.Status;
import io.koppel.api.posting.BillingAddress;
import io.koppel.client.SimulatorExtension;
import io.koppel.posting.internal.Documents;
import io.koppel.simulator.CallFilter;
import io.koppel.simulator.DefaultDataSet;
import io.koppel.simulator.FaultRule;
import io.koppel.simulator.FaultType;
import io.koppel.simulator.RecordedCall;
import io.koppel.simulator.SimulatorConfig;
import io.koppel.store.AccountLinkMapper;
import io.koppel.store.AccountLinkRow;
import io.koppel.store.DatabaseKind;
import io.koppel.store.Store;
import io.koppel.store.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 1,000 changes of 200 addresses linked in two divisions, handed to two nodes on one database while Exact answers
 * with 500s, timeouts, dropped answers and 429 bursts, one node restarted midway: every account ends with the
 * newest state of its address, and no account was sent an older state after a newer one.
 */
class CustomerUpdatesFaultTest {
    @RegisterExtension
    static final SimulatorExtension exact = SimulatorExtension.with(SimulatorConfig.builder().noLimits()
            .minutelyLimit(Integer.MAX_VALUE).dailyLimit(Integer.MAX_VALUE).build());
    private static final List<Integer> DIVISIONS = List.of(DefaultDataSet.DIVISION, DefaultDataSet.DIVISION_2);
    private static final Pattern ROUND = Pattern.compile("Ronde (\\d+)");

    /** H2, and PostgreSQL where the nodes' row locks and claims meet as on a shared production database. */
    static List<DatabaseKind> databases() {
        return TestDatabase.enabled().stream()
                .filter(kind -> kind == DatabaseKind.H2 || kind == DatabaseKind.POSTGRESQL).toList();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void everyAccountEndsWithTheNewestStateOfItsAddress(DatabaseKind database) throws Exception {
        exact.simulator().reset();
        exact.simulator().clock().useRealTime();
        Store store = TestDatabase.migrated(database).store();
        CustomersFixture nodeA = new CustomersFixture(exact.simulator(), store, "node-a");
        nodeA.connections.connect("school-1", DIVISIONS.get(0), DefaultDataSet.JOURNAL_SALES,
                DefaultDataSet.JOURNAL_SALES_BOARDING, null, null);
        nodeA.connections.connect("school-2", DIVISIONS.get(1), DefaultDataSet.JOURNAL_SALES,
                DefaultDataSet.JOURNAL_SALES_BOARDING, null, null);
        CustomersFixture nodeB = new CustomersFixture(exact.simulator(), store, "node-b");
        List<BillingAddress> addresses = linked(nodeA, 200);

        exact.simulator().addFault(FaultRule.of(FaultType.SERVER_ERROR).onMethod("PUT").always().withProbability(0.1));
        exact.simulator().addFault(FaultRule.of(FaultType.DROP_AFTER_COMMIT).onMethod("PUT").always()
                .withProbability(0.05));
        exact.simulator().addFault(FaultRule.of(FaultType.TIMEOUT).holdFor(3_000).onMethod("PUT").times(4).withProbability(0.02));
        exact.simulator().addFault(FaultRule.of(FaultType.RATE_LIMIT_BURST).times(3).withProbability(0.02));

        Map<String, BillingAddress> newest = new HashMap<>();
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 5; round++) {
                List<Future<?>> working = new ArrayList<>();
                CustomersFixture b = nodeB;
                working.add(nodes.submit(() -> drain(nodeA)));
                working.add(nodes.submit(() -> drain(b)));
                for (int i = 0; i < addresses.size(); i++) {
                    BillingAddress changed = moved(addresses.get(i), round);
                    // two nodes take changes of the same address
                    ((i + round) % 2 == 0 ? nodeA : nodeB).customers.addressChanged(changed);
                    newest.put(changed.addressId(), changed);
                }
                for (Future<?> work : working) {
                    work.get();
                }
                if (round == 3) {
                    // node B stops with its claims held; started again it takes them back
                    nodeB.close();
                    nodeB = new CustomersFixture(exact.simulator(), store, "node-b");
                }
            }
            exact.simulator().clearFaults();
            for (int wait = 0; wait < 40 && !nodeA.customers.updates(Set.of(Status.NEW, Status.IN_PROGRESS), 1)
                    .isEmpty(); wait++) {
                exact.simulator().clock().advance(Duration.ofMinutes(2));
                CustomersFixture b = nodeB;
                Future<?> other = nodes.submit(() -> drain(b));
                drain(nodeA);
                other.get();
            }
        } finally {
            nodes.shutdownNow();
            nodeA.close();
            nodeB.close();
        }

        assertEquals(List.of(), nodeA.customers.updates(Set.of(Status.NEW, Status.IN_PROGRESS, Status.FAILED,
                Status.FATAL), 10));
        for (BillingAddress address : newest.values()) {
            for (int division : DIVISIONS) {
                Map<String, Object> account = nodeA.account(division, address.addressId());
                assertEquals(address.addressLine(), account.get("AddressLine1"), address.addressId() + " in " + division);
                assertEquals(String.join(",", address.emailAddresses()), account.get("Email"));
            }
        }
        Map<String, Integer> lastRoundSent = new HashMap<>();
        // in the order Exact applied them: a timed-out call is applied on arrival and logged when its answer is given up
        List<RecordedCall> puts = exact.simulator().calls(CallFilter.path("PUT", "crm/Accounts")).stream()
                .sorted(java.util.Comparator.comparing(RecordedCall::time)).toList();
        assertTrue(puts.size() >= 400, "puts: " + puts.size());
        System.out.printf("[customers] 1,000 changes of 200 addresses in 2 divisions, two nodes, one restart: %d PUTs"
                + " (%d answered 2xx), every account with the newest state%n", puts.size(),
                puts.stream().filter(put -> put.status() < 300).count());
        for (RecordedCall put : puts) {
            Matcher round = ROUND.matcher(String.valueOf(put.body()));
            if (round.find()) {
                int sent = Integer.parseInt(round.group(1));
                Integer before = lastRoundSent.put(put.path(), sent);
                assertTrue(before == null || before <= sent, put.path() + ": round " + sent + " after " + before);
            }
        }
    }

    /** The address's customer in both divisions, as its first posting made it. */
    private static List<BillingAddress> linked(CustomersFixture node, int count) {
        List<BillingAddress> addresses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BillingAddress address = Documents.address(String.valueOf(90_000 + i));
            addresses.add(address);
            for (int division : DIVISIONS) {
                String account = node.simulator.insertRow(division, "crm/Accounts", Map.of("Name", "Peeters",
                        "Status", "C", "Remarks", address.addressId(), "City", "Gent")).get("ID").toString();
                node.store.execute(s -> s.mapper(AccountLinkMapper.class).insert(new AccountLinkRow(
                        address.addressId(), division, address.personId(), account, null, null, false, false,
                        node.clock.instant(), node.clock.instant())));
            }
        }
        return addresses;
    }

    private static BillingAddress moved(BillingAddress address, int round) {
        return CustomerUpdatesTest.moved(address, "Ronde " + round + " straat", "9000", "Gent",
                List.of("ronde" + round + "@example.be"));
    }

    private static Void drain(CustomersFixture node) throws InterruptedException {
        node.drain();
        return null;
    }
}
