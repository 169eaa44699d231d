package io.koppel.benchmarks;

import io.koppel.api.Ogm;
import io.koppel.api.Status;
import io.koppel.api.posting.DocumentType;
import io.koppel.api.sync.PaymentSyncService;
import io.koppel.api.sync.SyncFile;
import io.koppel.api.sync.SyncFileStatus;
import io.koppel.auth.internal.TestConnections;
import io.koppel.client.Annotations;
import io.koppel.client.ClientSettings;
import io.koppel.client.ExactClients;
import io.koppel.client.StandaloneExactClient;
import io.koppel.simulator.CallFilter;
import io.koppel.simulator.DefaultDataSet;
import io.koppel.simulator.ExactSimulator;
import io.koppel.simulator.RecordedCall;
import io.koppel.simulator.SimulatorConfig;
import io.koppel.store.DatabaseKind;
import io.koppel.store.PostingMapper;
import io.koppel.store.PostingRow;
import io.koppel.sync.internal.PaymentSyncComponent;
import io.koppel.sync.internal.SyncConfiguration;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Payment sync: a sync file for a ledger with many Completed postings in one division and many payment terms in
 * Exact (calls to Exact, Koppel's own time, heap), and automatic runs (calls with nothing new, after payments).
 *
 * <pre>itests/benchmarks/run.sh sync [--postings 10000] [--items 100000] [--database h2|postgresql]</pre>
 */
public final class SyncBenchmark {
    private static final String SCHOOL = "school-1";
    private static final int DIVISION = DefaultDataSet.DIVISION;

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int postings = 10_000;
        int items = 100_000;
        DatabaseKind kind = DatabaseKind.H2;
        for (int i = 0; i < args.length - 1; i += 2) {
            switch (args[i]) {
                case "--postings" -> postings = Integer.parseInt(args[i + 1]);
                case "--items" -> items = Integer.parseInt(args[i + 1]);
                case "--database" -> kind = DatabaseKind.valueOf(args[i + 1].toUpperCase(java.util.Locale.ROOT));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Machine.printHeader("Payment sync: " + postings + " Completed postings, " + items + " payment terms in Exact, "
                + kind);
        try (ExactSimulator sim = ExactSimulator.start(SimulatorConfig.builder().noLimits()
                .minutelyLimit(Integer.MAX_VALUE).dailyLimit(Integer.MAX_VALUE).build());
             BenchDatabase db = BenchDatabase.open(kind, "koppel_bench_sync");
             StandaloneExactClient client = ExactClients.create(ClientSettings.defaults())) {
            TestConnections connections = new TestConnections(sim, db.store(), client, client);
            connections.connect(SCHOOL, DIVISION, DefaultDataSet.JOURNAL_SALES, DefaultDataSet.JOURNAL_SALES_BOARDING,
                    null, null);
            List<UUID> entries = seed(sim, db, postings, items);
            PaymentSyncComponent sync = new PaymentSyncComponent(db.store(), connections.access(), client,
                    Annotations.configuration(SyncConfiguration.class, Map.of()));
            try {
                measureFile(sim, sync);
                measureAutomatic(sim, sync, entries);
            } finally {
                sync.deactivate();
            }
        }
    }

    /** Postings straight into the store; terms straight into the simulator: paid, partly paid, open, others. */
    private static int openItems;

    private static List<UUID> seed(ExactSimulator sim, BenchDatabase db, int postings, int items) {
        List<UUID> entries = new ArrayList<>();
        Instant now = Instant.now();
        List<PostingRow> rows = new ArrayList<>();
        int terms = 0;
        for (int i = 0; i < postings; i++) {
            UUID entry = UUID.randomUUID();
            entries.add(entry);
            int number = 26_700_000 + i;
            String ogm = Ogm.of(100_000 + i).toString();
            rows.add(new PostingRow("B-" + i, "INV-B-" + i, SCHOOL, DocumentType.INVOICE, "Peeters", "Rekening",
                    new BigDecimal("100.00"), ogm, "{}", Status.COMPLETED, null, 1, now, now, false, DIVISION,
                    entry.toString(), number, null, null, now, now));
            if (rows.size() == 1_000) {
                List<PostingRow> batch = rows;
                db.store().execute(s -> batch.forEach(r -> s.mapper(PostingMapper.class).insert(r)));
                rows = new ArrayList<>();
            }
            switch (i % 5) {
                case 0, 1, 2 -> terms += term(sim, entry, number, ogm, "100.00", 50);
                case 3 -> {
                    terms += term(sim, entry, number, ogm, "60.00", 50);
                    terms += term(sim, entry, number, ogm, "40.00", 20);
                }
                default -> terms += term(sim, entry, number, ogm, "100.00", 20);
            }
        }
        if (!rows.isEmpty()) {
            List<PostingRow> batch = rows;
            db.store().execute(s -> batch.forEach(r -> s.mapper(PostingMapper.class).insert(r)));
        }
        for (int i = 0; terms < items; i++) {
            terms += term(sim, UUID.randomUUID(), 25_700_000 + i, Ogm.of(500_000 + i).toString(), "80.00", i % 2 == 0 ? 50 : 20);
        }
        System.out.printf("seeded %,d postings and %,d payment terms%n", postings, terms);
        return entries;
    }

    private static int term(ExactSimulator sim, UUID entry, int number, String ogm, String amount, int status) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("TransactionEntryID", entry);
        row.put("EntryNumber", number);
        row.put("YourRef", ogm);
        row.put("Account", UUID.nameUUIDFromBytes(("acc" + (number % 997)).getBytes()));
        row.put("AccountCode", String.valueOf(1000 + number % 997));
        row.put("AmountDC", new BigDecimal(amount));
        row.put("AmountDiscountDC", BigDecimal.ZERO);
        row.put("Status", status);
        row.put("LineType", 20);
        row.put("LastPaymentDate", status == 50 ? LocalDateTime.now().withHour(0).withMinute(0).withSecond(0).withNano(0) : null);
        sim.insertRow(DIVISION, "sync/Cashflow/PaymentTerms", row);
        openItems += status == 50 ? 0 : 1;
        return 1;
    }

    private static void measureFile(ExactSimulator sim, PaymentSyncService sync) throws InterruptedException {
        System.gc();
        long heapBefore = usedHeap();
        resetPeaks();
        sim.clearCalls();
        long started = System.nanoTime();
        SyncFile file = sync.createSyncFile("BENCH", Set.of(SCHOOL));
        while (file.status() == SyncFileStatus.CREATING) {
            Thread.sleep(20);
            file = sync.syncFile(file.id()).orElseThrow();
        }
        long wall = System.nanoTime() - started;
        List<RecordedCall> calls = sim.calls(CallFilter.all());
        long inExact = calls.stream().mapToLong(RecordedCall::durationMicros).sum() / 1000;
        long peak = peakHeap();
        System.out.printf("sync file: %s, %,d settlements, %d calls to Exact (%s), %.1f s in all, %.1f s in Exact,"
                        + " Koppel's own time %.1f s, heap peak %d MB (%d MB before, the simulator's data included)%n",
                file.status(), file.settlements().size(), calls.size(), byEndpoint(calls), wall / 1e9, inExact / 1e3,
                (wall / 1e6 - inExact) / 1e3, peak >> 20, heapBefore >> 20);
        System.out.printf("side by side: a read of the outstanding-items list (read/financial/ReceivablesList, 60 a page)"
                + " would take %d calls for the division's %,d open items (computed, not run)%n", (openItems + 59) / 60,
                openItems);
    }

    private static void measureAutomatic(ExactSimulator sim, PaymentSyncService sync, List<UUID> entries) {
        sync.configureAutomatic(SCHOOL, true, 0);
        sync.runNow(SCHOOL);
        sim.clearCalls();
        sync.runNow(SCHOOL);
        List<RecordedCall> quiet = sim.calls(CallFilter.all());
        System.out.printf("automatic run, nothing new: %d calls (%s)%n", quiet.size(), byEndpoint(quiet));
        for (int i = 0; i < 100; i++) {
            term(sim, entries.get(i * 5 + 4), 26_700_000 + i * 5 + 4, Ogm.of(100_000 + i * 5 + 4).toString(), "100.00", 50);
        }
        sim.clearCalls();
        long started = System.nanoTime();
        sync.runNow(SCHOOL);
        List<RecordedCall> busy = sim.calls(CallFilter.all());
        System.out.printf("automatic run after 100 payments: %d calls (%s), %.2f s%n", busy.size(), byEndpoint(busy),
                (System.nanoTime() - started) / 1e9);
    }

    private static String byEndpoint(List<RecordedCall> calls) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        calls.forEach(c -> counts.merge(c.path().replaceAll("^/api/v1/\\d+/", ""), 1, Integer::sum));
        return counts.toString();
    }

    private static long usedHeap() {
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
