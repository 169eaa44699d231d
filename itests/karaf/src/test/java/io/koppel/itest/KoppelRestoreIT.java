package io.koppel.itest;

import static org.junit.Assert.assertEquals;

import io.koppel.simulator.ExactSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.Assume;
import org.junit.Test;

/**
 * Koppel's database loses what Koppel wrote to Exact while Exact keeps it, and the host hands the same documents
 * over again: (a) the database restored from a backup made before the batch was posted, (b) Koppel installed
 * afresh on an empty database. After koppel:recover, posting again adopts the entries and customers Exact holds:
 * nothing is booked twice, no customer is made twice, and every posting ends Completed. On the distribution's H2.
 */
public class KoppelRestoreIT {
    private static final int DOCUMENTS = 100;

    @Test
    public void aRestoredBackupPostsNothingTwiceAfterRecovery() throws Exception {
        postLoseAndPostAgain("restore", true);
    }

    @Test
    public void aFreshInstallOnAnEmptyDatabasePostsNothingTwiceAfterRecovery() throws Exception {
        postLoseAndPostAgain("reinstall", false);
    }

    private void postLoseAndPostAgain(String name, boolean fromBackup) throws Exception {
        Assume.assumeTrue(Database.H2.enabled());
        long started = System.nanoTime();
        PostingBatch batch = new PostingBatch(DOCUMENTS);
        try (ExactSimulator simulator = ExactSimulator.start(PostingBatch.simulatorWithoutLimits().build());
             KarafProcess karaf = KarafProcess.unpack(Path.of("target", name))) {
            PostingBatch.configure(karaf, simulator);
            Path database = karaf.home().resolve("data/koppel/koppel.mv.db");
            Path backup = karaf.home().resolve("koppel-backup.mv.db");
            karaf.start();
            karaf.shell("koppel:connections", Duration.ofMinutes(3));
            PostingBatch.link(karaf);
            Instant backupTime = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
            if (fromBackup) {
                karaf.stop();
                Files.copy(database, backup);
                karaf.start();
            }
            batch.post(karaf);
            PostingBatch.awaitBooked(simulator, DOCUMENTS, Duration.ofMinutes(4));
            PostingBatch.awaitNothingOpen(karaf, Duration.ofMinutes(2));
            karaf.stop();
            if (fromBackup) {
                Files.copy(backup, database, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.delete(database);
            }
            karaf.start();
            karaf.shell("koppel:connections", Duration.ofMinutes(3));
            if (!fromBackup) {
                PostingBatch.link(karaf);
            }
            long writesBefore = PostingBatch.writesReceived(simulator).values().stream().mapToLong(Long::longValue).sum();
            String recovered = karaf.shell("koppel:recover --since " + backupTime, Duration.ofSeconds(60));
            batch.post(karaf);
            PostingBatch.awaitNothingOpen(karaf, Duration.ofMinutes(4));
            long writesAfter = PostingBatch.writesReceived(simulator).values().stream().mapToLong(Long::longValue).sum();

            long distinct = PostingBatch.booked(simulator).stream().distinct().count();
            Map<String, Long> twice = PostingBatch.bookedTwice(simulator);
            Map<Object, Long> customers = PostingBatch.customers(simulator);
            Report.print(String.format("%s test: %d documents posted, Koppel's database %s, koppel:recover (%s),"
                    + " the same documents posted again: %d booked, %d twice; %d customers for %d addresses, %d made"
                    + " twice; %d writes to Exact after the recovery (token refreshes and links included); %d s",
                    name, DOCUMENTS, fromBackup ? "restored from the backup made before them" : "deleted",
                    recovered.lines().filter(line -> line.startsWith("Recovery")).findFirst().orElse(recovered),
                    distinct, twice.size(), customers.size(), batch.addresses,
                    PostingBatch.moreThanOnce(customers).size(), writesAfter - writesBefore,
                    Duration.ofNanos(System.nanoTime() - started).toSeconds()));
            assertEquals("documents booked", DOCUMENTS, distinct);
            assertEquals("documents booked more than once", Map.of(), twice);
            assertEquals("customers", batch.addresses, customers.size());
            assertEquals("a customer made twice", Map.of(), PostingBatch.moreThanOnce(customers));
        }
    }
}
