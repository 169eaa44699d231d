package io.koppel.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.koppel.simulator.DefaultDataSet;
import io.koppel.simulator.ExactSimulator;
import io.koppel.simulator.PaymentRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.Assume;
import org.junit.Test;

/**
 * The Koppel distribution killed with kill -9 while the host applies the settlements of a processed sync file (the
 * host is a bundle of its own in deploy/, slow on purpose, writing each settlement it applies to a file that
 * outlives the JVM), and started again with bin/start: in the end every document reached the host (applying twice
 * is harmless to it, losing one is not), no settlement is left undelivered, the ledger's number was raised once, and
 * the file cannot be processed again. On H2 (as the distribution ships), PostgreSQL and MariaDB.
 */
public class KoppelSyncCrashIT {
    private static final int DOCUMENTS = 150;
    private static final String LEDGER = "CRS";

    @Test
    public void killedWhileTheHostAppliesASyncFileOnH2() throws Exception {
        Assume.assumeTrue(Database.H2.enabled());
        killedWhileTheHostAppliesASyncFile(Database.H2);
    }

    @Test
    public void killedWhileTheHostAppliesASyncFileOnPostgresql() throws Exception {
        Assume.assumeTrue(Database.POSTGRESQL.enabled());
        killedWhileTheHostAppliesASyncFile(Database.POSTGRESQL);
    }

    @Test
    public void killedWhileTheHostAppliesASyncFileOnMariadb() throws Exception {
        Assume.assumeTrue(Database.MARIADB.enabled());
        killedWhileTheHostAppliesASyncFile(Database.MARIADB);
    }

    private void killedWhileTheHostAppliesASyncFile(Database database) throws Exception {
        long started = System.nanoTime();
        try (ExactSimulator simulator = ExactSimulator.start(PostingBatch.simulatorWithoutLimits().build());
             KarafProcess karaf = KarafProcess.unpack(Path.of("target", "sync-crash-" + database.id()))) {
            PostingBatch.configure(karaf, simulator);
            String jdbcUrl = useDatabase(karaf, database, "koppel_sync_crash_itest");
            deployHost(karaf.home().resolve("deploy/slow-settlement-host.jar"));
            karaf.start();
            karaf.shell("koppel:connections", Duration.ofMinutes(3));
            PostingBatch.link(karaf);
            new PostingBatch(DOCUMENTS).post(karaf);
            PostingBatch.awaitBooked(simulator, DOCUMENTS, Duration.ofMinutes(5));
            PostingBatch.awaitNothingOpen(karaf, Duration.ofMinutes(3));
            for (Map<String, Object> entry : simulator.rows(DefaultDataSet.DIVISION, "salesentry/SalesEntries")) {
                simulator.registerPayment(PaymentRequest.payment(DefaultDataSet.DIVISION,
                        UUID.fromString(String.valueOf(entry.get("EntryID"))), null));
            }

            String created = karaf.shell("koppel:sync-file --entities " + PostingBatch.SCHOOL + " --name Crash create "
                    + LEDGER, Duration.ofMinutes(3));
            assertTrue(created, created.contains("READY") && created.contains(DOCUMENTS + " settlements"));
            Matcher id = Pattern.compile("(\\S+)\\s+ExactOnlineSyncFile-Crash-\\S+\\s+number 1 ").matcher(created);
            assertTrue(created, id.find());
            String file = id.group(1);
            Path settled = karaf.home().resolve(SlowSettlementHost.LOG);
            CompletableFuture<String> processing = CompletableFuture.supplyAsync(() -> {
                try {
                    return karaf.shell("koppel:sync-file process " + file, Duration.ofMinutes(2));
                } catch (Exception | AssertionError killed) {
                    return String.valueOf(killed);
                }
            });
            int atKill = awaitLines(settled, DOCUMENTS / 4, Duration.ofMinutes(2));
            karaf.kill();
            Report.print("sync file process: " + processing.get());
            assertTrue("the host had applied everything before the kill: " + atKill, atKill < DOCUMENTS);

            karaf.start();
            karaf.shell("koppel:connections", Duration.ofMinutes(3));
            awaitDistinct(settled, DOCUMENTS, Duration.ofMinutes(3));
            List<String> lines = Files.readAllLines(settled);
            Map<String, Long> perDocument = lines.stream().map(l -> l.split(" ")[0])
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            String list = karaf.shell("koppel:sync-file list " + LEDGER, Duration.ofSeconds(60));
            String again = karaf.shell("koppel:sync-file create " + LEDGER, Duration.ofMinutes(2));
            String refused;
            try {
                refused = karaf.shell("koppel:sync-file process " + file, Duration.ofSeconds(60));
            } catch (Exception | AssertionError e) {
                refused = String.valueOf(e);
            }
            karaf.stop();
            long undelivered = undelivered(jdbcUrl, database);
            Report.print(String.format("sync file crash test on %s: kill -9 after the host applied %d of %d"
                    + " settlements; %d applied in all, %d documents, %d applied twice (harmless: settling is"
                    + " idempotent), %d left undelivered; files:%n%s%nthe next file: %s%nprocessing the first again:"
                    + " %s%n%d s in all", database.label(), atKill, DOCUMENTS, lines.size(), perDocument.size(),
                    perDocument.values().stream().filter(n -> n > 1).count(), undelivered, list, again.strip(),
                    refused.strip(), Duration.ofNanos(System.nanoTime() - started).toSeconds()));

            assertEquals("documents the host heard of", DOCUMENTS, perDocument.size());
            assertTrue(lines.toString(), lines.stream().allMatch(l -> l.endsWith(" FULLY_PAID")));
            assertEquals("settlements recorded and never delivered", 0, undelivered);
            assertTrue(list, list.contains("number 1  PROCESSED"));
            assertTrue("the number was raised once: " + again, again.contains("number 2 ") && again.contains("0 settlements"));
            assertTrue(refused, refused.contains("processed already"));
        }
    }

    /**
     * Points the unpacked distribution at the database, emptied, before its first start.
     *
     * @return the JDBC URL the test reads Koppel's tables with once Karaf is stopped
     */
    static String useDatabase(KarafProcess karaf, Database database, String schema) throws Exception {
        switch (database) {
        case H2:
            return "jdbc:h2:file:" + karaf.home().resolve("data/koppel/koppel");
        case POSTGRESQL:
            karaf.usePostgresql(schema);
            return System.getProperty("koppel.test.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test")
                    + "?currentSchema=" + schema;
        case MARIADB:
            return karaf.useMariadb(schema);
        default:
            throw new IllegalArgumentException(database.toString());
        }
    }

    /** A count from Koppel's tables, read over JDBC past Koppel (on H2 only once Karaf is stopped). */
    static long count(String jdbcUrl, Database database, String query) throws Exception {
        String user = switch (database) {
            case H2 -> "sa";
            case POSTGRESQL -> System.getProperty("koppel.test.postgresql.user", "postgres");
            case MARIADB -> System.getProperty("koppel.test.mariadb.user", "root");
        };
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(jdbcUrl, user, "");
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Settlements recorded and not (yet) handed to the host. */
    static long undelivered(String jdbcUrl, Database database) throws Exception {
        return count(jdbcUrl, database, "SELECT COUNT(*) FROM koppel_settlement WHERE delivered_at IS NULL");
    }

    /** The host as a bundle in deploy/. */
    static void deployHost(Path jar) throws Exception {
        HostBundle.write(jar, "io.koppel.itest.slow-settlement-host", SlowSettlementHost.class, "io.koppel.api.spi",
                "io.koppel.api.sync");
    }

    static int awaitLines(Path log, int count, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            int lines = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8).size() : 0;
            if (lines >= count) {
                return lines;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(lines + " of " + count + " settlements applied");
            }
            Thread.sleep(50);
        }
    }

    private static void awaitDistinct(Path log, int count, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            long distinct = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .map(l -> l.split(" ")[0]).distinct().count() : 0;
            if (distinct >= count) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(distinct + " of " + count + " documents reached the host after the restart");
            }
            Thread.sleep(250);
        }
    }
}
