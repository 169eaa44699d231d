package io.koppel.benchmarks;

import static io.koppel.benchmarks.Table.f0;
import static io.koppel.benchmarks.Table.f1;

import io.koppel.client.Annotations;
import io.koppel.client.CallContext;
import io.koppel.client.ClientSettings;
import io.koppel.client.Exchange;
import io.koppel.client.ExchangeListener;
import io.koppel.client.ExactClients;
import io.koppel.client.SimulatorTime;
import io.koppel.client.StandaloneExactClient;
import io.koppel.client.model.NewSalesEntry;
import io.koppel.client.model.NewSalesEntryLine;
import io.koppel.logging.internal.ExchangeRecorder;
import io.koppel.logging.internal.LogProbe;
import io.koppel.logging.internal.LoggingConfiguration;
import io.koppel.simulator.CallFilter;
import io.koppel.simulator.DefaultDataSet;
import io.koppel.simulator.RecordedCall;
import io.koppel.simulator.ExactSimulator;
import io.koppel.simulator.SimulatorConfig;
import io.koppel.store.DatabaseKind;
import io.koppel.store.LogRow;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The client and its transaction log against the simulator, over HTTP on this machine.
 * <ol>
 * <li>calls a second through the client with no limits (one division, one caller: how Koppel talks to a
 * division), for a GET of reference data and a POST of a sales entry;</li>
 * <li>the transaction log's cost: the same calls with the real {@link ExchangeRecorder} (default configuration:
 * REDACTED bodies, batches of 200, queue of 10,000) writing to H2 and to PostgreSQL, against no listener: the
 * time the recorder takes on the calling thread, measured around each {@code exchanged} call, and whether its
 * writer thread keeps up (rows a second stored, rows still queued when the calls end); plus the writer's
 * capacity on its own (20,000 rows handed over at once);</li>
 * <li>the 429s of 200 calls against Exact's default 60 a minute, on a simulator clock 60 times faster than real
 * time (a simulated minute a second, the client's rate-limit waits on the same clock).</li>
 * </ol>
 * Arguments: {@code --calls N} (measured calls per kind, default 2000), {@code --databases h2,postgresql}.
 */
public final class ClientBenchmark {
    private static final int DIVISION = DefaultDataSet.DIVISION;
    private static final int WARM_UP = 500;
    /** The transaction log as Declarative Services configures it with an unconfigured PID. */
    private static final LoggingConfiguration LOG_DEFAULTS =
            Annotations.configuration(LoggingConfiguration.class, Map.of());

    private ClientBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int calls = 2_000;
        List<DatabaseKind> databases = List.of(DatabaseKind.H2, DatabaseKind.POSTGRESQL);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--calls" -> calls = Integer.parseInt(args[++i]);
                case "--databases" -> databases = Arrays.stream(args[++i].split(",")).map(String::strip)
                        .map(name -> DatabaseKind.valueOf(name.toUpperCase(Locale.ROOT))).toList();
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (use --calls N, --databases h2,postgresql)");
            }
        }
        long started = System.nanoTime();
        Machine.printHeader("Koppel ClientBenchmark: client and transaction log against the simulator");
        unlimitedWithAndWithoutLog(calls, databases);
        sixtyAMinute(200);
        System.out.printf("%nClientBenchmark done in %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    // --- 1 and 2: no limits, with and without the transaction log

    private static void unlimitedWithAndWithoutLog(int calls, List<DatabaseKind> databases) throws Exception {
        List<Run> runs = new ArrayList<>();
        List<String[]> capacity = new ArrayList<>();
        try (ExactSimulator sim = ExactSimulator.start(SimulatorConfig.builder().noLimits()
                .minutelyLimit(Integer.MAX_VALUE).dailyLimit(Integer.MAX_VALUE).build())) {
            AtomicReference<String> token = new AtomicReference<>(
                    sim.issueTokens(DefaultDataSet.CLIENT_ID, DefaultDataSet.USERNAME).accessToken());
            CallContext ctx = CallContext.of(URI.create(sim.baseUrl()), DIVISION, token::get)
                    .forHost("school-1", "bench").withOperation("benchmark");
            // Each run starts on a freshly seeded simulator: its POSTs get slower as entries pile up.
            Runnable fresh = () -> {
                sim.reset();
                token.set(sim.issueTokens(DefaultDataSet.CLIENT_ID, DefaultDataSet.USERNAME).accessToken());
            };
            // JIT warm-up of client and simulator before anything is measured
            try (StandaloneExactClient client = ExactClients.create(ClientSettings.defaults())) {
                calls(client, ctx, 2_000, "warm");
            }
            java.util.Map<DatabaseKind, BenchDatabase> dbs = new java.util.LinkedHashMap<>();
            try {
                for (DatabaseKind kind : databases) {
                    dbs.put(kind, BenchDatabase.open(kind, "koppel_bench_client"));
                }
                // Rounds 1 and 2 warm the JIT on every path (client, simulator, recorder, both databases) until
                // the speed settles; round 3 is measured, in the order none, H2, PostgreSQL, none.
                for (int round = 1; round <= 3; round++) {
                    int n = round < 3 ? calls / 2 : calls;
                    runs.clear();
                    fresh.run();
                    runs.add(run("no listener", null, null, sim, ctx, n));
                    for (BenchDatabase db : dbs.values()) {
                        ExchangeRecorder recorder = LogProbe.recorder(db.store(), LOG_DEFAULTS);
                        try {
                            fresh.run();
                            runs.add(run("ExchangeRecorder -> " + db.name(), recorder, db, sim, ctx, n));
                        } finally {
                            LogProbe.close(recorder);
                        }
                    }
                    fresh.run();
                    runs.add(run("no listener (again)", null, null, sim, ctx, n));
                }
                for (BenchDatabase db : dbs.values()) {
                    fresh.run();
                    capacity.add(writerCapacity(db, sim, ctx));
                }
            } finally {
                dbs.values().forEach(BenchDatabase::close);
            }
        }

        Run bare = runs.get(0);
        Run bareAgain = runs.get(runs.size() - 1);
        Machine.section("1. Calls a second through the client, no limits (one division, one caller, HTTP on loopback)");
        Table speed = new Table("run", "GET financial/Journals calls/s", "POST salesentry/SalesEntries calls/s",
                "µs a call GET / POST", "of which simulator's own handling µs GET / POST");
        for (Run run : List.of(bare, bareAgain)) {
            speed.row(run.name, f0(run.getPerSecond), f0(run.postPerSecond),
                    f0(1e6 / run.getPerSecond) + " / " + f0(1e6 / run.postPerSecond),
                    f0(run.getServerMicros) + " / " + f0(run.postServerMicros));
        }
        speed.print();
        System.out.println("The rest of each call is the client (JSON, CXF, rate-limit bookkeeping, division gate) and"
                + " both HTTP stacks on loopback, sharing 2 cores with the simulator.");

        Machine.section("2. The transaction log's cost per call (" + calls + " GETs and " + calls + " POSTs a run)");
        double baseline = (meanMicros(bare) + meanMicros(bareAgain)) / 2;
        Table table = new Table("listener", "GET/s", "POST/s", "recorder on caller µs mean", "p50", "p99", "max",
                "µs/call vs no listener", "rows stored/s during run", "queued at end", "all stored after");
        for (Run run : runs) {
            boolean bareRun = run.listener == null;
            table.row(run.name, f0(run.getPerSecond), f0(run.postPerSecond),
                    bareRun ? "-" : f1(run.listener.meanMicros()),
                    bareRun ? "-" : f1(run.listener.percentileMicros(50)),
                    bareRun ? "-" : f1(run.listener.percentileMicros(99)),
                    bareRun ? "-" : f0(run.listener.percentileMicros(100)),
                    (meanMicros(run) - baseline >= 0 ? "+" : "") + f0(meanMicros(run) - baseline),
                    run.db == null ? "-" : f0(run.rowsPerSecond),
                    run.db == null ? "-" : String.valueOf(run.queuedAtEnd),
                    run.db == null ? "-" : String.format("%.0f ms", run.flushMillis));
        }
        table.print();
        System.out.printf("Run-to-run noise: the two no-listener runs differ by %.0f µs a call on this machine; the"
                + " recorder's own time is the column measured on the caller.%n",
                Math.abs(meanMicros(bare) - meanMicros(bareAgain)));
        System.out.println("recorder on caller: time inside ExchangeRecorder.exchanged() on the calling thread (row"
                + " built, body redacted, queued); µs/call vs no listener: mean wall time a call (GET and POST alike) minus"
                + " the mean of the two no-listener runs (includes the writer thread's and the database's CPU, on"
                + " the same 2 cores).");
        System.out.println("rows stored/s during run: rows committed to koppel_transaction_log between the first"
                + " and the last call / run time; all stored after: from the last call until the last row is"
                + " committed.");
        Table writer = new Table("database", "rows", "writer alone: rows stored/s", "vs calls/s it must follow");
        capacity.forEach(row -> writer.row((Object[]) row));
        System.out.println();
        writer.print();
    }

    private static Run run(String name, ExchangeRecorder recorder, BenchDatabase db, ExactSimulator sim,
            CallContext ctx, int calls) throws InterruptedException {
        Samples listener = recorder == null ? null : new Samples();
        // a write's cost is both halves: stored before it is sent, its answer queued after
        ExchangeListener timed = new ExchangeListener() {
            private long sendingNanos;

            @Override
            public void sending(io.koppel.client.Exchange exchange) {
                long started = System.nanoTime();
                recorder.sending(exchange);
                sendingNanos = System.nanoTime() - started;
            }

            @Override
            public void exchanged(io.koppel.client.Exchange exchange) {
                long started = System.nanoTime();
                recorder.exchanged(exchange);
                listener.add(System.nanoTime() - started + sendingNanos);
                sendingNanos = 0;
            }
        };
        Run run = new Run(name, listener, db);
        try (StandaloneExactClient client = recorder == null ? ExactClients.create(ClientSettings.defaults())
                : ExactClients.create(ClientSettings.defaults(), timed)) {
            long initial = db == null ? 0 : db.count("koppel_transaction_log");
            calls(client, ctx, WARM_UP, "warm");
            long before = db == null ? 0 : waitForRows(db, WARM_UP, initial, 30_000);
            if (listener != null) {
                listener.clear();
            }
            long since = lastCall(sim);
            long started = System.nanoTime();
            long getNanos = calls(client, ctx, calls, "get");
            long postNanos = calls(client, ctx, calls, "post");
            long ended = System.nanoTime();
            List<RecordedCall> recorded = sim.calls(new CallFilter(null, "/api/v1/", null, null, since));
            run.getServerMicros = recorded.stream().filter(call -> call.method().equals("GET"))
                    .mapToLong(RecordedCall::durationMicros).average().orElse(0);
            run.postServerMicros = recorded.stream().filter(call -> call.method().equals("POST"))
                    .mapToLong(RecordedCall::durationMicros).average().orElse(0);
            run.getPerSecond = calls / (getNanos / 1e9);
            run.postPerSecond = calls / (postNanos / 1e9);
            if (db != null) {
                long storedAtEnd = db.count("koppel_transaction_log") - before;
                run.queuedAtEnd = 2L * calls - storedAtEnd;
                run.rowsPerSecond = storedAtEnd / ((ended - started) / 1e9);
                waitForRows(db, 2L * calls, before, 60_000);
                run.flushMillis = (System.nanoTime() - ended) / 1e6;
            }
        }
        return run;
    }

    private static double meanMicros(Run run) {
        return (1e6 / run.getPerSecond + 1e6 / run.postPerSecond) / 2;
    }

    private static long lastCall(ExactSimulator sim) {
        List<RecordedCall> calls = sim.calls();
        return calls.isEmpty() ? 0 : calls.get(calls.size() - 1).sequence();
    }

    /** Waits until the log holds {@code expected} rows more than {@code before}; returns the count. */
    private static long waitForRows(BenchDatabase db, long expected, long before, long patienceMillis)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + patienceMillis;
        long count;
        while ((count = db.count("koppel_transaction_log")) < before + expected) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the transaction log holds " + (count - before) + " of " + expected
                        + " rows after " + patienceMillis + " ms");
            }
            Thread.sleep(5);
        }
        return count;
    }

    private static String[] writerCapacity(BenchDatabase db, ExactSimulator sim, CallContext ctx) throws Exception {
        // A real sales-entry exchange, as the client reports it, made into 20,000 rows (each its own id)
        AtomicReference<Exchange> captured = new AtomicReference<>();
        try (StandaloneExactClient client = ExactClients.create(ClientSettings.defaults(), captured::set)) {
            client.createSalesEntry(ctx, salesEntry("capacity"));
        }
        ExchangeRecorder recorder = LogProbe.recorder(db.store(), LOG_DEFAULTS);
        List<LogRow> rows = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            rows.add(LogProbe.row(recorder, captured.get()));
        }
        LogProbe.close(recorder);
        // warm-up
        LogProbe.writeAll(db.store(), LOG_DEFAULTS, rows.subList(0, 2_000), () -> db.count("koppel_transaction_log"));
        List<LogRow> measured = rows.subList(2_000, rows.size());
        long nanos = LogProbe.writeAll(db.store(), LOG_DEFAULTS, measured, () -> db.count("koppel_transaction_log"));
        return new String[] {db.name(), String.valueOf(measured.size()), f0(measured.size() / (nanos / 1e9)),
                "one caller per division, one writer per node"};
    }

    private static long calls(StandaloneExactClient client, CallContext ctx, int count, String kind) {
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            if (kind.equals("get") || (kind.equals("warm") && i % 2 == 0)) {
                client.journals(ctx);
            } else {
                client.createSalesEntry(ctx, salesEntry(kind + "-" + i));
            }
        }
        return System.nanoTime() - started;
    }

    /** A two-line invoice for the seeded customer 1001, as the posting bundle sends one. */
    private static NewSalesEntry salesEntry(String reference) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        return new NewSalesEntry(DefaultDataSet.id(DIVISION, "Account", DefaultDataSet.CUSTOMER_ACTIVE),
                DefaultDataSet.JOURNAL_SALES, today, today.plusDays(30), null, null, "BENCH-" + reference,
                "Rekeningen november - Campus Bernardus, 3de graad", "090933755493", null, null, null,
                List.of(NewSalesEntryLine.of(DefaultDataSet.id(DIVISION, "GLAccount", DefaultDataSet.GL_REVENUE_MEALS),
                                new BigDecimal("42.50"), "Maaltijden"),
                        NewSalesEntryLine.of(DefaultDataSet.id(DIVISION, "GLAccount", DefaultDataSet.GL_REVENUE),
                                new BigDecimal("17.25"), "Uitstappen")));
    }

    private static final class Run {
        final String name;
        final Samples listener;
        final BenchDatabase db;
        double getPerSecond;
        double postPerSecond;
        double getServerMicros;
        double postServerMicros;
        double rowsPerSecond;
        long queuedAtEnd;
        double flushMillis;

        Run(String name, Samples listener, BenchDatabase db) {
            this.name = name;
            this.listener = listener;
            this.db = db;
        }
    }

    // --- 3: Exact's default limit on a fast clock

    private static void sixtyAMinute(int calls) {
        double factor = 60;
        try (ExactSimulator sim = ExactSimulator.start(SimulatorConfig.builder().minutelyLimit(60)
                .dailyLimit(5_000).clockFactor(factor).build());
             StandaloneExactClient client = ExactClients.create(ClientSettings.defaults()
                     .withTime(new SimulatorTime(sim.clock())))) {
            String token = sim.issueTokens(DefaultDataSet.CLIENT_ID, DefaultDataSet.USERNAME).accessToken();
            CallContext ctx = CallContext.of(URI.create(sim.baseUrl()), DIVISION, () -> token);
            Instant simulatedStart = sim.clock().now();
            long started = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                client.journals(ctx);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Duration simulated = Duration.between(simulatedStart, sim.clock().now());
            long tooMany = sim.stats().byStatus().getOrDefault(429, 0L);
            java.util.Map<Long, Long> perMinute = sim.calls(new CallFilter(null, "/api/v1/", null, null, 0L)).stream()
                    .collect(java.util.stream.Collectors.groupingBy(call -> call.time().getEpochSecond() / 60,
                            java.util.TreeMap::new, java.util.stream.Collectors.counting()));
            Machine.section("3. Exact's default limit, 60 calls a minute a division (simulator clock x60)");
            new Table("calls", "429s received", "simulated time", "calls in each clock minute", "real time")
                    .row(calls, tooMany, String.format("%d min %02d s", simulated.toMinutes(), simulated.toSecondsPart()),
                            perMinute.values().toString(), String.format("%.1f s", seconds))
                    .print();
            System.out.println("The client counts the division's budget from the X-RateLimit-* headers and waits for"
                    + " the window's reset (+1 s margin) instead of earning a 429.");
        }
    }
}
