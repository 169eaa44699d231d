package io.koppel.benchmarks;

import static io.koppel.benchmarks.Table.f1;

import io.koppel.api.Ogm;
import io.koppel.api.Status;
import io.koppel.api.posting.BillingAddress;
import io.koppel.api.posting.DocumentLine;
import io.koppel.api.posting.DocumentType;
import io.koppel.api.posting.HostDocument;
import io.koppel.client.Annotations;
import io.koppel.customers.internal.CustomerUpdateWork;
import io.koppel.customers.internal.CustomerUpdater;
import io.koppel.customers.internal.CustomerUpdates;
import io.koppel.customers.internal.CustomersConfiguration;
import io.koppel.simulator.CallFilter;
import io.koppel.simulator.DefaultDataSet;
import io.koppel.simulator.ExactSimulator;
import io.koppel.simulator.SimulatorConfig;
import io.koppel.store.AccountLinkMapper;
import io.koppel.store.AccountLinkRow;
import io.koppel.store.DatabaseKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Customer updates against the simulator, on the real posting queue with the customers bundle's updater as its
 * division work (as in Karaf): calls per update, and a large change set at Exact's limits with postings running
 * in the same divisions. Arguments: {@code --addresses 1000 --changes 10000 --invoices 1000 --database h2
 * --modes burst,stream}.
 */
public final class CustomerBenchmark {
    private static final List<String> SCHOOLS = List.of("school-1", "school-2", "school-3");
    private static final List<Integer> DIVISIONS = List.of(DefaultDataSet.DIVISION, DefaultDataSet.DIVISION_2,
            DefaultDataSet.DIVISION_FOREIGN);
    private static int sequence = 10_000;

    private CustomerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        DatabaseKind kind = DatabaseKind.valueOf(options.getOrDefault("database", "h2").toUpperCase());
        Machine.printHeader("Koppel CustomerBenchmark: customer updates against the simulator");
        callsPerUpdate(kind);
        for (String mode : options.getOrDefault("modes", "burst,stream").split(",")) {
            atExactsLimits(kind, Integer.parseInt(options.getOrDefault("addresses", "1000")),
                    Integer.parseInt(options.getOrDefault("changes", "10000")),
                    Integer.parseInt(options.getOrDefault("invoices", "1000")), mode);
        }
        System.exit(0);
    }

    private static BenchNode node(ExactSimulator sim, BenchDatabase db, CustomerUpdates[] customers) throws Exception {
        BenchNode node = new BenchNode(sim, db, 4, 200, true, (store, client, clock) -> {
            customers[0] = new CustomerUpdates(store, clock, Duration.ofSeconds(Annotations.configuration(
                    CustomersConfiguration.class, Map.of()).settleSeconds()));
            CustomerUpdater updater = new CustomerUpdater(store, client, clock, BenchNode.WORKER,
                    Duration.ofMinutes(5), CustomerUpdateWork.retrySchedule(
                            Annotations.configuration(CustomersConfiguration.class, Map.of())));
            return List.of(updater);
        });
        for (int k = 0; k < SCHOOLS.size(); k++) {
            node.connections.connectAs(DefaultDataSet.EN_USERNAME, SCHOOLS.get(k), DIVISIONS.get(k),
                    DefaultDataSet.JOURNAL_SALES, DefaultDataSet.JOURNAL_SALES_BOARDING, null, null);
        }
        return node;
    }

    private static void callsPerUpdate(DatabaseKind kind) throws Exception {
        Machine.section("Calls to Exact per update: an address linked in 3 divisions (simulator call log, no limits)");
        CustomerUpdates[] customers = new CustomerUpdates[1];
        try (ExactSimulator sim = ExactSimulator.start(SimulatorConfig.builder().noLimits()
                .minutelyLimit(Integer.MAX_VALUE).dailyLimit(Integer.MAX_VALUE).build());
             BenchDatabase db = BenchDatabase.open(kind, "koppel_bench_customers");
             BenchNode node = node(sim, db, customers)) {
            BillingAddress address = address("16371", "Kerkstraat", List.of("ouders@example.be"));
            node.submit(SCHOOLS.stream().map(school -> invoice(school, address)).toList());
            node.drain();
            Table table = new Table("what", "calls (PUT crm/Accounts)", "target");
            long before = puts(sim);
            customers[0].addressChanged(address("16371", "Veldstraat", List.of("ouders@example.be")));
            settled(sim, node);
            table.row("one change", puts(sim) - before, 3);
            before = puts(sim);
            customers[0].addressChanged(address("16371", "Veldstraat", List.of("ouders@example.be")));
            settled(sim, node);
            table.row("the same change again", puts(sim) - before, 0);
            before = puts(sim);
            for (int change = 1; change <= 10; change++) {
                customers[0].addressChanged(address("16371", "Molenstraat " + change, List.of()));
            }
            settled(sim, node);
            table.row("ten changes within the settle time", puts(sim) - before, 3);
            table.print();
        }
    }

    /**
     * @param mode {@code burst}: the changes are all stored before the queue starts (a host's import), the
     *     minutes count from its start; {@code stream}: they are handed over while the queue runs
     */
    private static void atExactsLimits(DatabaseKind kind, int addresses, int changes, int invoicesPerSchool,
            String mode) throws Exception {
        double factor = 20;
        Machine.section(changes + " changes of " + addresses + " addresses linked in 3 divisions (" + mode
                + "), with " + invoicesPerSchool + " invoices per division waiting, at Exact's 60 calls/min (clock x"
                + (int) factor + "; " + kind.name().toLowerCase() + ")");
        CustomerUpdates[] customers = new CustomerUpdates[1];
        try (ExactSimulator sim = ExactSimulator.start(SimulatorConfig.builder().minutelyLimit(60).dailyLimit(5_000)
                .clockFactor(factor).build());
             BenchDatabase db = BenchDatabase.open(kind, "koppel_bench_customers");
             BenchNode node = node(sim, db, customers)) {
            List<BillingAddress> linked = new ArrayList<>();
            for (int i = 0; i < addresses; i++) {
                BillingAddress address = address(String.valueOf(300_000 + i), "Kerkstraat", List.of("a@example.be"));
                linked.add(address);
                for (int division : DIVISIONS) {
                    // set-up, not measured: the customer as the first posting made it
                    String account = sim.insertRow(division, "crm/Accounts", Map.of("Name", "Peeters", "Status", "C",
                            "Remarks", address.addressId(), "City", "Gent")).get("ID").toString();
                    node.store.execute(s -> s.mapper(AccountLinkMapper.class).insert(new AccountLinkRow(
                            address.addressId(), division, address.personId(), account, null, null, false, false,
                            node.clock.instant(), node.clock.instant())));
                }
            }
            List<HostDocument> invoices = new ArrayList<>();
            for (int i = 0; i < invoicesPerSchool; i++) {
                for (String school : SCHOOLS) {
                    invoices.add(invoice(school, linked.get(i % linked.size())));
                }
            }
            node.submit(invoices);
            long putsBefore = puts(sim);
            boolean burst = mode.equals("burst");
            if (!burst) {
                node.startPolling();
            }
            Instant start = sim.clock().now();
            List<BillingAddress> newest = new ArrayList<>(linked);
            Random random = new Random(42);
            for (int round = 1; round <= changes / addresses; round++) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < addresses; i++) {
                    order.add(i);
                }
                Collections.shuffle(order, random);
                for (int i : order) {
                    BillingAddress changed = address(linked.get(i).addressId(), "Straat " + round,
                            List.of("r" + round + "@example.be"));
                    customers[0].addressChanged(changed);
                    newest.set(i, changed);
                }
            }
            if (burst) {
                start = sim.clock().now();
                node.startPolling();
            }
            double fedMinutes = minutesSince(sim, start);
            while (!customers[0].updates(Set.of(Status.NEW, Status.IN_PROGRESS), 1).isEmpty()) {
                Thread.sleep(50);
            }
            double upToDate = minutesSince(sim, start);
            long postingsDone = node.count(Status.COMPLETED);
            node.stopPolling();
            long calls = puts(sim) - putsBefore;
            long stale = 0;
            for (BillingAddress address : newest) {
                for (int division : DIVISIONS) {
                    Map<String, Object> account = sim.rows(division, "crm/Accounts",
                            Map.of("Remarks", address.addressId())).get(0);
                    if (!address.addressLine().equals(account.get("AddressLine1"))) {
                        stale++;
                    }
                }
            }
            long failed = customers[0].updates(Set.of(Status.FAILED, Status.FATAL), 10).size();
            new Table("changes", "handed over in (sim. min)", "calls made (PUT)", "target <= " + addresses * 3,
                    "sim. minutes until Exact up to date", "accounts not newest (target 0)", "updates failed",
                    "postings completed meanwhile", "postings/min meanwhile (3 divisions)")
                    .row(changes, f1(fedMinutes), calls, addresses * 3, f1(upToDate), stale, failed, postingsDone,
                            f1(postingsDone / upToDate))
                    .print();
            System.out.println("The changes: 10 rounds over every address, shuffled, handed over as fast as Koppel"
                    + " stores them, " + (burst ? "before the queue starts (minutes from its start)"
                    : "while the queue runs (minutes from the first change)") + ". The queue polls every 500 ms of"
                    + " simulated time (batch 200, 4 writers); each division writer sends one update after each"
                    + " posting; the invoices are for known customers (one call each).");
        }
    }

    /** Lets the settle time pass on the simulator's clock, then works the queue until nothing is due. */
    private static void settled(ExactSimulator sim, BenchNode node) throws InterruptedException {
        sim.clock().advance(Duration.ofSeconds(Annotations.configuration(CustomersConfiguration.class, Map.of())
                .settleSeconds() + 1));
        node.drain();
    }

    private static double minutesSince(ExactSimulator sim, Instant start) {
        return Duration.between(start, sim.clock().now()).toMillis() / 60_000.0;
    }

    private static long puts(ExactSimulator sim) {
        return sim.calls(CallFilter.path("PUT", "crm/Accounts")).size();
    }

    private static BillingAddress address(String addressId, String street, List<String> emails) {
        return new BillingAddress("19724", addressId, "Peeters Jan", "Familie", "Peeters", street, "12", null, "9000",
                "Gent", "BE", emails, Optional.empty());
    }

    private static HostDocument invoice(String school, BillingAddress address) {
        int number = ++sequence;
        return new HostDocument(school, "INV-" + number, "C" + number, DocumentType.INVOICE, LocalDate.now(),
                LocalDate.now().plusDays(30), "Rekening", Ogm.of(number).toString(), address,
                List.of(new DocumentLine("Maaltijden", new BigDecimal("4.20"), DefaultDataSet.GL_REVENUE_MEALS)));
    }
}
