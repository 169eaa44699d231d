package io.koppel.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.koppel.simulator.DefaultDataSet;
import io.koppel.simulator.ExactSimulator;
import io.koppel.simulator.PaymentRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.Assume;
import org.junit.Test;

/**
 * The Koppel distribution killed with kill -9 while automatic payment sync, run by Karaf's scheduler, applies
 * payments to the host (a bundle of its own in deploy/, slow on purpose, writing each settlement it applies to a
 * file that outlives the JVM), and started again with bin/start. Every third document is paid in part first and the
 * rest after the restart, the others in full. In the end every document reached the host, its last settlement is
 * its final state (fully paid), Koppel holds that state for each, and no settlement is left undelivered; applying
 * one twice is harmless to the host, losing one is not. On PostgreSQL.
 */
public class KoppelAutomaticSyncCrashIT {
    private static final int DOCUMENTS = 150;
    private static final BigDecimal PART = new BigDecimal("5.00");

    @Test
    public void killedWhileAutomaticSyncAppliesPaymentsOnPostgresql() throws Exception {
        Assume.assumeTrue(Database.POSTGRESQL.enabled());
        killedWhileAutomaticSyncAppliesPayments(Database.POSTGRESQL);
    }

    private void killedWhileAutomaticSyncAppliesPayments(Database database) throws Exception {
        long started = System.nanoTime();
        try (ExactSimulator simulator = ExactSimulator.start(PostingBatch.simulatorWithoutLimits().build());
             KarafProcess karaf = KarafProcess.unpack(Path.of("target", "automatic-sync-crash-" + database.id()))) {
            PostingBatch.configure(karaf, simulator);
            // the scheduler runs automatic sync every few seconds, so a run is under way when the kill lands; a
            // kill during a read leaves the division's lease to run out, in seconds rather than minutes here
            karaf.configure("etc/io.koppel.sync.cfg", Map.of("scheduler.period", "3", "leaseSeconds", "15"));
            String jdbcUrl = KoppelSyncCrashIT.useDatabase(karaf, database, "koppel_automatic_sync_crash_itest");
            KoppelSyncCrashIT.deployHost(karaf.home().resolve("deploy/slow-settlement-host.jar"));
            karaf.start();
            karaf.shell("koppel:connections", Duration.ofMinutes(3));
            PostingBatch.link(karaf);
            new PostingBatch(DOCUMENTS).post(karaf);
            PostingBatch.awaitBooked(simulator, DOCUMENTS, Duration.ofMinutes(5));
            PostingBatch.awaitNothingOpen(karaf, Duration.ofMinutes(3));

            String on = karaf.shell("koppel:sync-status --automatic --tolerance 0 " + PostingBatch.SCHOOL,
                    Duration.ofSeconds(60));
            assertTrue(on, on.contains(PostingBatch.SCHOOL) && on.contains(" on "));
            // the first read of the division settles nothing: it only learns where the terms stand
            String firstRead = karaf.shell("koppel:sync-now " + PostingBatch.SCHOOL, Duration.ofMinutes(2));
            assertTrue(firstRead, firstRead.contains("no error") && !firstRead.contains("catching up"));

            Map<String, UUID> entries = entriesByDocument(simulator);
            assertEquals("entries in Exact", DOCUMENTS, entries.size());
            entries.forEach((document, entry) -> simulator.registerPayment(PaymentRequest.payment(
                    DefaultDataSet.DIVISION, entry, paidInParts(document) ? PART : null)));
            Path settled = karaf.home().resolve(SlowSettlementHost.LOG);
            int atKill = KoppelSyncCrashIT.awaitLines(settled, DOCUMENTS / 4, Duration.ofMinutes(2));
            karaf.kill();
            assertTrue("the host had applied every payment before the kill: " + atKill, atKill < DOCUMENTS);

            karaf.start();
            karaf.shell("koppel:connections", Duration.ofMinutes(3));
            awaitLastSettlements(settled, documentsSettledAs("PARTIALLY_PAID", "FULLY_PAID"), Duration.ofMinutes(2));
            int beforeTheRest = Files.readAllLines(settled).size();
            entries.forEach((document, entry) -> {
                if (paidInParts(document)) {
                    simulator.registerPayment(PaymentRequest.fullPayment(DefaultDataSet.DIVISION, entry));
                }
            });
            awaitLastSettlements(settled, documentsSettledAs("FULLY_PAID", "FULLY_PAID"), Duration.ofMinutes(2));
            String status = karaf.shell("koppel:sync-status " + PostingBatch.SCHOOL, Duration.ofSeconds(60));
            karaf.stop();

            List<String> lines = Files.readAllLines(settled, StandardCharsets.UTF_8);
            Map<String, Long> perDocument = lines.stream().map(l -> l.split(" ")[0])
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            long inParts = entries.keySet().stream().filter(KoppelAutomaticSyncCrashIT::paidInParts).count();
            long expectedApplications = DOCUMENTS + inParts;
            long undelivered = KoppelSyncCrashIT.undelivered(jdbcUrl, database);
            long fullyPaidInKoppel = KoppelSyncCrashIT.count(jdbcUrl, database, "SELECT COUNT(*)"
                    + " FROM koppel_payment_state WHERE settled_kind = 'FULLY_PAID' AND document_number LIKE 'D-%'");
            Report.print(String.format("automatic sync crash test on %s: kill -9 after the host applied %d of %d"
                    + " payments (%d in full, %d in part); %d applied by the time the parts were paid in full;"
                    + " %d applied in all for %d settlements (%d applied again after the restart, harmless: settling"
                    + " is idempotent), %d documents; fully paid in Koppel %d, left undelivered %d;%n%s%d s in all",
                    database.label(), atKill, DOCUMENTS, DOCUMENTS - inParts, inParts, beforeTheRest, lines.size(),
                    expectedApplications, lines.size() - expectedApplications, perDocument.size(), fullyPaidInKoppel,
                    undelivered, status, Duration.ofNanos(System.nanoTime() - started).toSeconds()));

            assertEquals("documents the host heard of", entries.keySet(), perDocument.keySet());
            assertEquals("each document's last settlement", documentsSettledAs("FULLY_PAID", "FULLY_PAID"),
                    lastSettlements(lines));
            assertTrue("applications fewer than settlements: " + lines.size(), lines.size() >= expectedApplications);
            assertEquals("settlements recorded and never delivered", 0, undelivered);
            assertEquals("documents fully paid in Koppel's payment state", DOCUMENTS, fullyPaidInKoppel);
        }
    }

    /** Every third document of the batch is paid in two parts. */
    private static boolean paidInParts(String document) {
        return Integer.parseInt(document.substring(document.indexOf('-') + 1)) % 3 == 0;
    }

    /** What the host should know of each document: paid in part or in full. */
    private static Map<String, String> documentsSettledAs(String inParts, String inFull) {
        Map<String, String> expected = new HashMap<>();
        for (int i = 1; i <= DOCUMENTS; i++) {
            String document = "D-" + i;
            expected.put(document, paidInParts(document) ? inParts : inFull);
        }
        return expected;
    }

    /** Each document's entry in Exact, found by its structured communication (the entry's YourRef). */
    private static Map<String, UUID> entriesByDocument(ExactSimulator simulator) {
        Map<String, String> documentByOgm = new HashMap<>();
        for (int i = 1; i <= DOCUMENTS; i++) {
            documentByOgm.put(BatchJson.ogm(700_000 + i).replaceAll("\\D", ""), "D-" + i);
        }
        Map<String, UUID> entries = new LinkedHashMap<>();
        for (Map<String, Object> entry : simulator.rows(DefaultDataSet.DIVISION, "salesentry/SalesEntries")) {
            String document = documentByOgm.get(String.valueOf(entry.get("YourRef")).replaceAll("\\D", ""));
            if (document != null) {
                entries.put(document, UUID.fromString(String.valueOf(entry.get("EntryID"))));
            }
        }
        return entries;
    }

    /** The kind of each document's last settlement in the host's file. */
    private static Map<String, String> lastSettlements(List<String> lines) {
        Map<String, String> last = new HashMap<>();
        for (String line : lines) {
            String[] parts = line.split(" ");
            last.put(parts[0], parts[1]);
        }
        return last;
    }

    private static void awaitLastSettlements(Path log, Map<String, String> expected, Duration patience)
            throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        Map<String, String> last = Map.of();
        while (System.nanoTime() < deadline) {
            last = Files.exists(log) ? lastSettlements(Files.readAllLines(log, StandardCharsets.UTF_8)) : Map.of();
            if (last.equals(expected)) {
                return;
            }
            Thread.sleep(250);
        }
        Map<String, String> shown = last;
        long missing = expected.keySet().stream().filter(d -> !shown.containsKey(d)).count();
        long wrong = expected.entrySet().stream().filter(e -> shown.containsKey(e.getKey())
                && !shown.get(e.getKey()).equals(e.getValue())).count();
        throw new AssertionError(missing + " documents never reached the host, " + wrong
                + " reached it with another state than expected: " + last);
    }
}
