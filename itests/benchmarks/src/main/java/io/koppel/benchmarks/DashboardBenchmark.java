package io.koppel.benchmarks;

import io.koppel.api.PageRequest;
import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.api.Status;
import io.koppel.api.posting.DocumentType;
import io.koppel.api.posting.PostingColumn;
import io.koppel.api.posting.PostingQuery;
import io.koppel.dashboard.internal.WorkbookProbe;
import io.koppel.posting.internal.PostingServiceImpl;
import io.koppel.store.DatabaseKind;
import io.koppel.store.PostingMapper;
import io.koppel.store.PostingRow;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The dashboard's postings page on 100,000 postings: the server time of the first page, searches, column filters
 * and sorts (the query the page's endpoint runs: {@code PostingService.postings}, a page of 50 and the total), and
 * the Excel export of every row, streamed, with the heap it needed.
 *
 * <pre>itests/benchmarks/run.sh dashboard [--postings N] [--databases h2,postgresql] [--runs N]</pre>
 */
public final class DashboardBenchmark {
    private static final String[] NAMES = {"Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes",
        "Goossens", "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Martin", "Simon", "Leroy"};
    private static final String[] FIRST = {"Finn", "Emma", "Noah", "Lotte", "Mila", "Louis", "Olivia", "Arthur"};

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int postings = Integer.parseInt(options.getOrDefault("postings", "100000"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "15"));
        Machine.printHeader("Dashboard: the postings page on " + String.format("%,d", postings) + " postings, "
                + runs + " runs per query; the Excel export of all of them");
        for (String name : options.getOrDefault("databases", "h2,postgresql").split(",")) {
            DatabaseKind kind = DatabaseKind.valueOf(name.strip().toUpperCase(Locale.ROOT));
            try (BenchDatabase database = BenchDatabase.open(kind, "koppel_bench_dashboard")) {
                long filling = System.nanoTime();
                fill(database, postings);
                System.out.printf("%n%s: %,d postings stored in %d s%n", database.name(), postings,
                        (System.nanoTime() - filling) / 1_000_000_000);
                PostingServiceImpl service = new PostingServiceImpl(database.store());
                pages(service, runs);
                export(service);
            }
        }
    }

    private static void pages(PostingServiceImpl service, int runs) {
        Map<String, PostingQuery> queries = new LinkedHashMap<>();
        queries.put("first page (newest first)", PostingQuery.all());
        queries.put("search a name: 'peeters'", PostingQuery.all().withSearch("peeters"));
        queries.put("search an invoice: 'INV-0077777'", PostingQuery.all().withSearch("INV-0077777"));
        queries.put("search an entry number", PostingQuery.all().withSearch("26077777"));
        queries.put("sort on name, A first", PostingQuery.all().sortedBy(PostingColumn.NAME, true));
        queries.put("sort on amount, largest first", PostingQuery.all().sortedBy(PostingColumn.AMOUNT, false));
        queries.put("filter status Failed + name 'maes'", PostingQuery.all()
                .withColumnFilter(PostingColumn.STATUS, "FAILED").withColumnFilter(PostingColumn.NAME, "maes"));
        queries.put("sort on amount, page 1,000", PostingQuery.all().sortedBy(PostingColumn.AMOUNT, true));
        Table table = new Table("query (a page of 50 and the total)", "rows matching", "median ms", "p95 ms",
                "max ms");
        for (Map.Entry<String, PostingQuery> query : queries.entrySet()) {
            PageRequest page = query.getKey().contains("page 1,000") ? new PageRequest(49_950, 50) : PageRequest.first(50);
            Supplier<Long> run = () -> service.postings(query.getValue(), page).total();
            for (int i = 0; i < 3; i++) {
                run.get();
            }
            Samples samples = new Samples();
            long total = 0;
            for (int i = 0; i < runs; i++) {
                long started = System.nanoTime();
                total = run.get();
                samples.add(System.nanoTime() - started);
            }
            table.row(query.getKey(), String.format("%,d", total), millis(samples.percentileMicros(50)),
                    millis(samples.percentileMicros(95)), millis(samples.percentileMicros(100)));
        }
        table.print();
    }

    private static void export(PostingServiceImpl service) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean exporting = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (exporting.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        });
        sampler.start();
        CountingStream out = new CountingStream();
        long started = System.nanoTime();
        long rows = WorkbookProbe.write(service, ZoneOffset.UTC, PostingQuery.all(), new Locale("nl"), out);
        long took = System.nanoTime() - started;
        exporting.set(false);
        sampler.join();
        System.out.printf("Excel export: %,d rows, %,d KB of .xlsx streamed in %.1f s (%,.0f rows/s); heap in use"
                + " %d MB before, at most %d MB during the export (JVM max %d MB)%n", rows, out.bytes / 1024,
                took / 1e9, rows / (took / 1e9), before >> 20, peak.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Postings as a busy year leaves them: mostly Completed, some Failed, a few New, sent over 200 days. */
    private static void fill(BenchDatabase database, int count) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        int batch = 2_000;
        for (int from = 0; from < count; from += batch) {
            int start = from;
            int end = Math.min(count, from + batch);
            database.store().execute(session -> {
                PostingMapper mapper = session.mapper(PostingMapper.class);
                for (int i = start; i < end; i++) {
                    mapper.insert(row(i, now));
                }
            });
        }
    }

    private static PostingRow row(int i, Instant now) {
        Status status = i % 10 == 0 ? Status.FAILED : i % 37 == 0 ? Status.NEW : Status.COMPLETED;
        Instant sent = now.minusSeconds(200L * 24 * 3600 * i / 100_000).minusMillis(i % 1000);
        String name = NAMES[i % NAMES.length] + " " + FIRST[(i / NAMES.length) % FIRST.length];
        boolean done = status == Status.COMPLETED;
        return new PostingRow(String.format("D-%07d", i), String.format("INV-%07d", i), "school-" + (i % 4),
                i % 20 == 0 ? DocumentType.CREDIT_NOTE : DocumentType.INVOICE, name,
                "Familie " + NAMES[i % NAMES.length], BigDecimal.valueOf(1_000 + i * 37L % 49_000, 2), io.koppel.api.Ogm.of(1_000_000L + i).toString(), "{}", status,
                status == Status.FAILED ? Reason.of(ReasonCode.GL_ACCOUNT_BLOCKED, "704000") : null, done ? 1 : 0,
                null, sent, false, 100001, done ? "entry-" + i : null, done ? 26_000_000 + i : null, null, null, sent,
                status == Status.NEW ? null : sent.plusSeconds(5));
    }

    private static String millis(double micros) {
        return String.format("%.1f", micros / 1000);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    /** The browser's end of the export: counts what arrives. */
    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
