package io.koppel.benchmarks;

import static io.koppel.benchmarks.Table.f0;
import static io.koppel.benchmarks.Table.f1;
import static io.koppel.benchmarks.Table.f2;

import io.koppel.api.Status;
import io.koppel.api.posting.BillingAddress;
import io.koppel.api.posting.HostDocument;
import io.koppel.posting.internal.Documents;
import io.koppel.simulator.CallFilter;
import io.koppel.simulator.DefaultDataSet;
import io.koppel.simulator.ExactSimulator;
import io.koppel.simulator.RecordedCall;
import io.koppel.simulator.SimUser;
import io.koppel.simulator.SimulatorConfig;
import io.koppel.store.DatabaseKind;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The real posting pipeline (connection manager, client, transaction log, processor, queue) on H2, PostgreSQL
 * and MariaDB against the simulator. Sections: calls, sustained and speed by default (about 2 minutes), or those
 * named with {@code --only}; scaling (about 2 minutes more) has its own main class, {@link ScalingBenchmark}:
 * <dl>
 * <dt>calls</dt><dd>calls to Exact per invoice, counted in the simulator's call log: known customer, new customer,
 * new customer with mandate; the division's reference data load and the link's set-up counted apart;</dd>
 * <dt>sustained</dt><dd>Exact's default 60 calls a minute: invoices a minute for one division over 10 simulated
 * minutes (simulator clock x60), known customers, and the 429s received;</dd>
 * <dt>scaling</dt><dd>1, 5, 10 and 20 divisions on one node at 60 a minute each: invoices a minute per division
 * and in total, with 4 writer threads (parallelDivisions) and with one per division, host documents
 * handed over school by school and interleaved;</dd>
 * <dt>speed</dt><dd>no limits, no latency: Koppel's own time per invoice (wall time of the division writer and
 * the queue's polls, minus the time inside calls to Exact), the division writer's statements and commits per
 * invoice and plain invoices a second, on H2 and the database named; compared with Optedo's documented 5-15 s per
 * invoice.</dd>
 * </dl>
 * Arguments: {@code --only calls,sustained,scaling,speed}, {@code --database h2|postgresql|mariadb} (default
 * postgresql; speed measures H2 and this one), {@code --invoices N} (speed, default 1000), {@code --minutes N} (scaling,
 * simulated minutes measured per configuration, default 2).
 */
public final class PostingBenchmark {
    private static final Set<String> REFERENCE_ENDPOINTS = Set.of("GET financial/GLAccounts",
            "GET financial/Journals", "GET hrm/Costcenters", "GET hrm/Costunits", "GET financial/FinancialPeriods");
    /** Optedo's documented time per invoice: 5 to 15 seconds. */
    private static final double OPTEDO_MIN_MS = 5_000;
    private static final double OPTEDO_MAX_MS = 15_000;

    private static int nextNumber = 1_000_000;
    private static Map<DatabaseKind, Double> speedMillis = new java.util.EnumMap<>(DatabaseKind.class);
    private static Double sustainedPerMinute;
    private static Map<Integer, Double> scalingTotals = new TreeMap<>();

    private PostingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> only = List.of("calls", "sustained", "speed");
        DatabaseKind database = DatabaseKind.POSTGRESQL;
        int invoices = 1_000;
        int minutes = 2;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--only" -> only = Arrays.stream(args[++i].split(",")).map(String::strip).toList();
                case "--database" -> database = DatabaseKind.valueOf(args[++i].toUpperCase(Locale.ROOT));
                case "--invoices" -> invoices = Integer.parseInt(args[++i]);
                case "--minutes" -> minutes = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + " (use --only"
                        + " calls,sustained,scaling,speed --database h2|postgresql|mariadb --invoices N --minutes N)");
            }
        }
        long started = System.nanoTime();
        Machine.printHeader("Koppel PostingBenchmark: the posting pipeline against the simulator");
        if (only.contains("speed")) {
            // first: it warms the JIT for the rest, and needs the quietest machine
            speed(invoices, database);
        }
        if (only.contains("calls")) {
            callsPerInvoice(database);
        }
        if (only.contains("sustained")) {
            sustained(database);
        }
        if (only.contains("scaling")) {
            scaling(database, minutes);
        }
        comparison();
        System.out.printf("%nPostingBenchmark done in %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    // --- calls per invoice ----------------------------------------------------------------------------------

    private static void callsPerInvoice(DatabaseKind kind) throws Exception {
        Machine.section("Calls to Exact per invoice (simulator call log, no limits; " + name(kind) + ")");
        try (ExactSimulator sim = ExactSimulator.start(unlimited());
             BenchDatabase db = BenchDatabase.open(kind, "koppel_bench_posting");
             BenchNode node = new BenchNode(sim, db, 4, 200, true)) {
            long mark = lastCall(sim);
            node.connect(Documents.SCHOOL, DefaultDataSet.DIVISION);
            Map<String, Long> connect = endpoints(sim, mark);
            Table table = new Table("what", "invoices", "calls to Exact", "calls per invoice", "target", "calls");

            mark = lastCall(sim);
            node.submit(List.of(invoice(Documents.SCHOOL, Documents.address("500000"))));
            node.drain();
            Map<String, Long> first = endpoints(sim, mark);
            Map<String, Long> reference = new TreeMap<>(first);
            reference.keySet().retainAll(REFERENCE_ENDPOINTS);
            long referenceCalls = reference.values().stream().mapToLong(Long::longValue).sum();

            List<BillingAddress> customers = new ArrayList<>();
            for (int i = 1; i <= 50; i++) {
                customers.add(Documents.address(String.valueOf(500_000 + i)));
            }
            Map<String, Long> fresh = measure(node, sim, customers.stream()
                    .map(address -> invoice(Documents.SCHOOL, address)).toList());
            List<HostDocument> known = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                known.add(invoice(Documents.SCHOOL, customers.get(i % customers.size())));
            }
            Map<String, Long> knownCalls = measure(node, sim, known);
            List<HostDocument> mandates = new ArrayList<>();
            for (int i = 1; i <= 50; i++) {
                String addressId = String.valueOf(600_000 + i);
                mandates.add(invoice(Documents.SCHOOL, Documents.withMandate(Documents.address(addressId),
                        "MAND-" + addressId, Documents.VALID_IBAN, Documents.VALID_BIC)));
            }
            Map<String, Long> mandateCalls = measure(node, sim, mandates);

            row(table, "known customer", 200, knownCalls, "1.0");
            row(table, "new customer with mandate", 50, mandateCalls, "<= 4");
            row(table, "new customer, no mandate", 50, fresh, "-");
            table.row("first invoice of a division (reference data + new customer)", 1, total(first),
                    f2(total(first)), "-", first.toString());
            table.row("  of which reference data load (once an hour a division)", "-", referenceCalls, "-", "-",
                    reference.toString());
            table.row("linking the connection (once a link)", "-", total(connect), "-", "-", connect.toString());
            table.print();
            System.out.println("Counted: every /api/v1/ call the simulator logged while the invoices were posted;"
                    + " the reference data (cached 60 min per division) was loaded before the counted runs.");
        }
    }

    private static Map<String, Long> measure(BenchNode node, ExactSimulator sim, List<HostDocument> documents)
            throws InterruptedException {
        long mark = lastCall(sim);
        long before = node.count(Status.COMPLETED);
        node.submit(documents);
        node.drain();
        long completed = node.count(Status.COMPLETED) - before;
        if (completed != documents.size()) {
            throw new IllegalStateException(completed + " of " + documents.size() + " completed");
        }
        return endpoints(sim, mark);
    }

    private static void row(Table table, String what, int invoices, Map<String, Long> calls, String target) {
        table.row(what, invoices, total(calls), f2(total(calls) / (double) invoices), target, calls.toString());
    }

    private static long total(Map<String, Long> calls) {
        return calls.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<String, Long> endpoints(ExactSimulator sim, long since) {
        return sim.calls(new CallFilter(null, "/api/v1/", null, null, since)).stream()
                .collect(Collectors.groupingBy(call -> call.method() + " " + call.endpoint(), TreeMap::new,
                        Collectors.counting()));
    }

    // --- sustained at 60 a minute ---------------------------------------------------------------------------

    private static void sustained(DatabaseKind kind) throws Exception {
        int minutes = 10;
        // x20, not x60: every real millisecond Koppel spends is 20 simulated ones (60 would magnify a 20 ms
        // invoice on PostgreSQL to 1.2 simulated seconds and make Koppel, not Exact, the limit).
        double factor = 20;
        Machine.section("Exact's default 60 calls/min: one division, known customers, " + minutes
                + " simulated minutes (clock x" + f0(factor) + "; " + name(kind) + ")");
        try (ExactSimulator sim = ExactSimulator.start(limited(factor));
             BenchDatabase db = BenchDatabase.open(kind, "koppel_bench_posting");
             BenchNode node = new BenchNode(sim, db, 4, 200, true)) {
            node.connect(Documents.SCHOOL, DefaultDataSet.DIVISION);
            List<BillingAddress> customers = warmCustomers(node, List.of(Documents.SCHOOL), 20).get(Documents.SCHOOL);
            List<HostDocument> backlog = new ArrayList<>();
            for (int i = 0; i < (minutes + 2) * 60; i++) {
                backlog.add(invoice(Documents.SCHOOL, customers.get(i % customers.size())));
            }
            node.submit(backlog);
            node.startPolling();
            Instant start = nextMinute(sim);
            long before = node.count(Status.COMPLETED);
            long tooManyBefore = tooMany(sim);
            long mark = lastCall(sim);
            List<Long> perMinute = new ArrayList<>();
            long previous = before;
            for (int minute = 1; minute <= minutes; minute++) {
                awaitSimulated(sim, start.plus(Duration.ofMinutes(minute)));
                long now = node.count(Status.COMPLETED);
                perMinute.add(now - previous);
                previous = now;
            }
            long completed = previous - before;
            long calls = total(endpoints(sim, mark));
            node.stopPolling();
            double rate = completed / (double) minutes;
            sustainedPerMinute = rate;
            new Table("simulated minutes", "invoices completed", "invoices/min (target >= 57)", "each minute",
                    "429s received (target 0)", "calls/invoice")
                    .row(minutes, completed, f1(rate), perMinute.toString(), tooMany(sim) - tooManyBefore,
                            f2(calls / (double) completed))
                    .print();
            System.out.println("Measured between simulated minute boundaries; poller every 500 ms of simulated time"
                    + " (batch 200, 4 writers: parallelDivisions 4, not the default 16); transaction log on.");
        }
    }

    // --- divisions in parallel ------------------------------------------------------------------------------

    private static void scaling(DatabaseKind kind, int minutes) throws Exception {
        Machine.section("Divisions in parallel on one node, 60 calls/min each, known customers, " + minutes
                + " simulated minutes each (" + name(kind) + ", clock x" + "min(20, 120/divisions))");
        Table table = new Table("divisions", "writers (parallelDivisions)", "documents handed over", "clock",
                "invoices/min per division min / mean / max", "total invoices/min", "linear would be", "of linear",
                "429s");
        record Config(int divisions, int writers, boolean interleaved) {
        }
        List<Config> configs = List.of(new Config(1, 4, true), new Config(5, 4, true), new Config(10, 4, true),
                new Config(20, 4, true), new Config(5, 20, true), new Config(10, 20, true), new Config(20, 20, true),
                new Config(20, 20, false));
        for (Config config : configs) {
            double factor = Math.min(20, 120.0 / config.divisions());
            try (ExactSimulator sim = ExactSimulator.start(limited(factor));
                 BenchDatabase db = BenchDatabase.open(kind, "koppel_bench_posting");
                 BenchNode node = new BenchNode(sim, db, config.writers(), 200, true)) {
                List<String> schools = new ArrayList<>();
                List<Integer> divisions = new ArrayList<>(List.of(DefaultDataSet.DIVISION, DefaultDataSet.DIVISION_2));
                for (int k = 1; k <= config.divisions(); k++) {
                    sim.addDivision(200_000 + k, "Bench school " + k, true);
                    divisions.add(200_000 + k);
                    schools.add("school-" + k);
                }
                // The default user may use the new divisions too (same user id, so its tokens stay valid).
                sim.addUser(new SimUser(DefaultDataSet.USER_ID, DefaultDataSet.USERNAME, DefaultDataSet.PASSWORD,
                        "Demo Gebruiker", DefaultDataSet.USERNAME, "nl-BE", divisions));
                for (int k = 1; k <= config.divisions(); k++) {
                    node.connect("school-" + k, 200_000 + k);
                }
                Map<String, List<BillingAddress>> customers = warmCustomers(node, schools, 5);
                int perSchool = (minutes + 2) * 60;
                List<HostDocument> backlog = new ArrayList<>();
                if (config.interleaved()) {
                    for (int i = 0; i < perSchool; i++) {
                        for (String school : schools) {
                            backlog.add(invoice(school, customers.get(school).get(i % 5)));
                        }
                    }
                    node.submit(backlog);
                } else {
                    // each school hands over its print run, one after the other, as schools do
                    for (String school : schools) {
                        List<HostDocument> run = new ArrayList<>();
                        for (int i = 0; i < perSchool; i++) {
                            run.add(invoice(school, customers.get(school).get(i % 5)));
                        }
                        node.submit(run);
                        sim.clock().advance(Duration.ofMillis(1));
                    }
                }
                node.startPolling();
                Instant start = nextMinute(sim);
                Map<String, Long> before = completedBySchool(db);
                long tooManyBefore = tooMany(sim);
                awaitSimulated(sim, start.plus(Duration.ofMinutes(minutes)));
                Map<String, Long> after = completedBySchool(db);
                node.stopPolling();
                List<Double> rates = schools.stream()
                        .map(school -> (after.getOrDefault(school, 0L) - before.getOrDefault(school, 0L))
                                / (double) minutes)
                        .toList();
                double total = rates.stream().mapToDouble(Double::doubleValue).sum();
                if (config.interleaved() && (config.writers() >= config.divisions() || config.divisions() == 20)) {
                    scalingTotals.merge(config.divisions(), total, Math::max);
                }
                table.row(config.divisions(), config.writers(), config.interleaved() ? "interleaved" : "school by school",
                        "x" + f0(factor),
                        f1(rates.stream().mapToDouble(Double::doubleValue).min().orElse(0)) + " / "
                                + f1(total / rates.size()) + " / "
                                + f1(rates.stream().mapToDouble(Double::doubleValue).max().orElse(0)),
                        f0(total), 60 * config.divisions(), f0(100 * total / (60.0 * config.divisions())) + "%",
                        tooMany(sim) - tooManyBefore);
                System.out.printf("  %d divisions, %d writers, %s: done%n", config.divisions(), config.writers(),
                        config.interleaved() ? "interleaved" : "school by school");
            }
        }
        table.print();
        System.out.println("Each configuration on a fresh simulator and schema; clock factor 120/divisions (max 20) so"
                + " the machine posts at most about 120 invoices a real second; a backlog of "
                + (minutes + 2) * 60 + " invoices per division; measured between simulated minute boundaries.");
    }

    private static Map<String, Long> completedBySchool(BenchDatabase db) {
        return db.groupCount("SELECT host_entity, COUNT(*) FROM koppel_posting WHERE status = 'COMPLETED'"
                + " GROUP BY host_entity");
    }

    // --- Koppel's own time, no limits -----------------------------------------------------------------------

    private static void speed(int invoices, DatabaseKind database) throws Exception {
        Machine.section("Koppel's own time per invoice: no limits, no latency, one division, known customers, "
                + invoices + " invoices");
        Table table = new Table("database", "invoices/s (poll 500 ms)", "invoices/s while writing",
                "writer ms/invoice", "in calls to Exact ms", "of which token + log ms", "HTTP ms (simulator handling)",
                "poll ms/invoice", "Koppel's own ms/invoice (target <= 5)", "incl. client + loopback ms",
                "writer CPU ms/invoice", "submit ms/invoice");
        Table statements = new Table("database", "per invoice: writer's statements", "writer's writing commits",
                "writer's read-only commits", "writer's autocommit switches", "poller's statements",
                "transaction log statements / writing commits");
        List<String> writerStatements = new ArrayList<>();
        for (DatabaseKind kind : new java.util.LinkedHashSet<>(List.of(DatabaseKind.H2, database))) {
            try (ExactSimulator sim = ExactSimulator.start(unlimited());
                 BenchDatabase db = BenchDatabase.open(kind, "koppel_bench_posting");
                 BenchNode node = new BenchNode(sim, db, 4, 200, true)) {
                node.connect(Documents.SCHOOL, DefaultDataSet.DIVISION);
                List<BillingAddress> customers = warmCustomers(node, List.of(Documents.SCHOOL), 20)
                        .get(Documents.SCHOOL);
                node.startPolling();
                // warm-up: the JIT, the pool, the caches
                List<HostDocument> warm = new ArrayList<>();
                for (int i = 0; i < 600; i++) {
                    warm.add(invoice(Documents.SCHOOL, customers.get(i % customers.size())));
                }
                long done = node.count(Status.COMPLETED);
                node.submit(warm);
                node.awaitCompleted(done + warm.size(), Duration.ofMinutes(2));
                node.stopPolling();

                List<HostDocument> measured = new ArrayList<>();
                for (int i = 0; i < invoices; i++) {
                    measured.add(invoice(Documents.SCHOOL, customers.get(i % customers.size())));
                }
                done = node.count(Status.COMPLETED);
                long submitStarted = System.nanoTime();
                node.submit(measured);
                long submitNanos = System.nanoTime() - submitStarted;
                long mark = lastCall(sim);
                node.meter.reset();
                db.counter().reset();
                long started = System.nanoTime();
                node.startPolling();
                node.awaitCompleted(done + invoices, Duration.ofMinutes(3));
                double wall = (System.nanoTime() - started) / 1e9;
                node.stopPolling();
                while (!node.queue.idle()) {
                    Thread.sleep(1);
                }
                List<RecordedCall> calls = sim.calls(new CallFilter(null, "/api/v1/", null, null, mark));
                Map<String, Long> jdbc = db.counter().snapshot();
                Meter m = node.meter;
                double n = invoices;
                double writer = m.writeNanos.sum() / 1e6 / n;
                double inClient = m.clientNanos.sum() / 1e6 / n;
                double tokenAndLog = (m.tokenNanos.sum() + m.listenerNanos.sum()) / 1e6 / n;
                double http = inClient - tokenAndLog;
                double simulator = calls.stream().mapToLong(RecordedCall::durationMicros).sum() / 1e3 / n;
                double poll = m.pollNanos.sum() / 1e6 / n;
                double own = writer + poll - http;
                speedMillis.put(kind, own);
                table.row(name(kind), f0(n / wall), f0(1e3 / writer), f2(writer), f2(inClient), f2(tokenAndLog),
                        f2(http) + " (" + f2(simulator) + ")", f2(poll), f2(own), f2(writer + poll - simulator),
                        f2((m.writeCpuNanos.sum() + m.pollCpuNanos.sum()) / 1e6 / n), f2(submitNanos / 1e6 / n));
                statements.row(name(kind), f1(statements(jdbc, "writer") / n),
                        f2(jdbc.getOrDefault("writer: writing commit", 0L) / n),
                        f2(jdbc.getOrDefault("writer: read-only commit", 0L) / n),
                        f2(jdbc.getOrDefault("writer: autocommit switch", 0L) / n), f2(statements(jdbc, "poller") / n),
                        f2(statements(jdbc, "transaction log") / n) + " / "
                                + f2(jdbc.getOrDefault("transaction log: writing commit", 0L) / n));
                System.out.println("  " + name(kind) + " JDBC over the run: " + jdbc);
                writerStatements.add(name(kind) + ": " + jdbc.entrySet().stream()
                        .filter(e -> e.getKey().startsWith("writer: ") && !e.getKey().endsWith("commit")
                                && !e.getKey().endsWith("switch"))
                        .map(e -> e.getKey().substring("writer: ".length()) + " " + f2(e.getValue() / n))
                        .collect(Collectors.joining(", ")));
                if (calls.size() != invoices) {
                    System.out.printf("  note: %d calls to Exact for %d invoices%n", calls.size(), invoices);
                }
            }
        }
        table.print();
        System.out.println();
        statements.print();
        System.out.println("The writer's statements per invoice:");
        writerStatements.forEach(line -> System.out.println("  " + line));
        System.out.println("writer: wall time of the division writer's runs (lease, claim, read, validate, customer"
                + " link, call, save) / invoices; in calls to Exact: time inside ExactClient methods;"
                + " token + log: the access token (database read, decryption) and the transaction log listener,"
                + " both made inside the client call and Koppel's own work; HTTP = in calls - token - log, the"
                + " round trip to the simulator (its own handling, as it logs it, in brackets); poll: the queue's"
                + " look for due postings; Koppel's own = writer + poll - HTTP; writer CPU: CPU time of the writer"
                + " and poller threads (includes the client's JSON and HTTP work, not the simulator's or"
                + " PostgreSQL's); submit: PostingService.submit, the host's call, not in the other figures;"
                + " incl. client + loopback: writer + poll - the simulator's own handling, i.e. counting the"
                + " client's JSON/CXF work and both HTTP stacks as Koppel's (an upper bound).");
        System.out.println("Statements and commits counted at the JDBC connection per thread; a writing commit is"
                + " one whose transaction sent an INSERT/UPDATE/DELETE, or such a statement sent in autocommit mode"
                + " (on PostgreSQL and MariaDB it waits for the disk; on PostgreSQL not the transaction log's row,"
                + " committed without waiting for the flush); an autocommit switch is a round trip on MariaDB.");
    }

    private static long statements(Map<String, Long> jdbc, String thread) {
        return jdbc.entrySet().stream().filter(e -> e.getKey().startsWith(thread + ": ")
                        && !e.getKey().endsWith("commit") && !e.getKey().endsWith("switch"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    // --- comparison -----------------------------------------------------------------------------------------

    private static void comparison() {
        if (speedMillis.isEmpty() && sustainedPerMinute == null && scalingTotals.isEmpty()) {
            return;
        }
        Machine.section("Against Optedo's documented 5-15 s per invoice");
        Table table = new Table("Koppel figure", "time per invoice", "Optedo 5-15 s is ... times slower");
        speedMillis.forEach((kind, millis) -> table.row("Koppel's own time, " + name(kind), f2(millis) + " ms",
                ratio(millis)));
        if (sustainedPerMinute != null) {
            double ms = 60_000 / sustainedPerMinute;
            table.row("one division at Exact's 60 calls/min", f0(ms) + " ms", ratio(ms));
        }
        for (Map.Entry<Integer, Double> scaled : scalingTotals.entrySet()) {
            double ms = 60_000 / scaled.getValue();
            table.row(scaled.getKey() + " divisions at 60 calls/min each (one node)", f0(ms) + " ms", ratio(ms));
        }
        table.print();
    }

    private static String ratio(double millis) {
        return f0(OPTEDO_MIN_MS / millis) + " - " + f0(OPTEDO_MAX_MS / millis);
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static SimulatorConfig unlimited() {
        return SimulatorConfig.builder().noLimits().minutelyLimit(Integer.MAX_VALUE).dailyLimit(Integer.MAX_VALUE)
                .build();
    }

    /** Exact's default limits (60 a minute, 5,000 a day per division) on a fast clock. */
    private static SimulatorConfig limited(double factor) {
        return SimulatorConfig.builder().minutelyLimit(60).dailyLimit(5_000).clockFactor(factor).build();
    }

    /** Creates {@code count} customers per school (one invoice each) and returns their addresses. */
    private static Map<String, List<BillingAddress>> warmCustomers(BenchNode node, List<String> schools, int count)
            throws InterruptedException {
        Map<String, List<BillingAddress>> customers = new LinkedHashMap<>();
        List<HostDocument> firsts = new ArrayList<>();
        for (String school : schools) {
            List<BillingAddress> addresses = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                BillingAddress address = Documents.address(String.valueOf(700_000 + 1_000 * schools.indexOf(school) + i));
                addresses.add(address);
                firsts.add(invoice(school, address));
            }
            customers.put(school, addresses);
        }
        long done = node.count(Status.COMPLETED);
        node.submit(firsts);
        node.drain();
        if (node.count(Status.COMPLETED) - done != firsts.size()) {
            throw new IllegalStateException("warm-up: " + (node.count(Status.COMPLETED) - done) + " of "
                    + firsts.size() + " completed");
        }
        return customers;
    }

    /** A two-line invoice of a school for an address, with a new document number. */
    static HostDocument invoice(String school, BillingAddress address) {
        HostDocument base = Documents.invoice(String.valueOf(nextNumber++), address, Documents.meals("42.50"),
                Documents.line("Uitstappen", "17.25", DefaultDataSet.GL_REVENUE));
        return new HostDocument(school, base.hostInvoiceId(), base.documentNumber(), base.type(), base.printDate(),
                base.dueDate(), base.description(), base.ogm(), base.billingAddress(), base.lines());
    }

    private static long lastCall(ExactSimulator sim) {
        List<RecordedCall> calls = sim.calls();
        return calls.isEmpty() ? 0 : calls.get(calls.size() - 1).sequence();
    }

    private static long tooMany(ExactSimulator sim) {
        return sim.stats().byStatus().getOrDefault(429, 0L);
    }

    /** Waits for the next simulated minute to begin; returns it. */
    private static Instant nextMinute(ExactSimulator sim) throws InterruptedException {
        Instant next = sim.clock().now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        awaitSimulated(sim, next);
        return next;
    }

    private static void awaitSimulated(ExactSimulator sim, Instant until) throws InterruptedException {
        while (sim.clock().now().isBefore(until)) {
            Thread.sleep(1);
        }
    }

    private static String name(DatabaseKind kind) {
        return kind == DatabaseKind.H2 ? "H2" : kind == DatabaseKind.POSTGRESQL ? "PostgreSQL" : "MariaDB";
    }
}
