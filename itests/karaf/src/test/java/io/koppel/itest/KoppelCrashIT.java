package io.koppel.itest;

import static org.junit.Assert.assertEquals;

import io.koppel.simulator.ExactSimulator;
import io.koppel.simulator.FaultRule;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.Assume;
import org.junit.Test;

/**
 * The Koppel distribution killed with kill -9 (no shutdown, nothing flushed) three times at random moments of a
 * batch of 500 documents, a fifth of them for new customers with a SEPA mandate, and started again with bin/start
 * each time; on H2 (the embedded default, as the distribution ships it) and on PostgreSQL. Exact answers every
 * call 30 ms late, so the kills land while calls are in flight and Exact acts on requests whose sender is gone.
 * Counted in the simulator afterwards: every document booked exactly once (by its structured communication), no
 * customer twice, nothing lost, nothing left open, and every write Exact received in Koppel's transaction log.
 */
public class KoppelCrashIT {
    private static final int DOCUMENTS = 500;
    private static final int KILLS = 3;

    @Test
    public void killedThreeTimesOnH2() throws Exception {
        Assume.assumeTrue(Database.H2.enabled());
        crashAndCount(Database.H2);
    }

    @Test
    public void killedThreeTimesOnPostgresql() throws Exception {
        Assume.assumeTrue(Database.POSTGRESQL.enabled());
        crashAndCount(Database.POSTGRESQL);
    }

    private void crashAndCount(Database database) throws Exception {
        long started = System.nanoTime();
        long seed = System.currentTimeMillis();
        Random random = new Random(seed);
        PostingBatch batch = new PostingBatch(DOCUMENTS);
        String schema = "koppel_crash_itest";
        try (ExactSimulator simulator = ExactSimulator.start(
                PostingBatch.simulatorWithoutLimits().randomSeed(seed).build());
             KarafProcess karaf = KarafProcess.unpack(Path.of("target", "crash-" + database.id()))) {
            PostingBatch.configure(karaf, simulator);
            if (database == Database.POSTGRESQL) {
                karaf.usePostgresql(schema);
            }
            karaf.start();
            karaf.shell("koppel:connections", Duration.ofMinutes(3));
            PostingBatch.link(karaf);
            simulator.addFault(FaultRule.latency(30).always());
            batch.post(karaf);

            List<Integer> bookedAtKill = new ArrayList<>();
            for (int kill = 0; kill < KILLS; kill++) {
                bookedAtKill.add(PostingBatch.killMidBatch(karaf, simulator, random, 20));
            }
            PostingBatch.awaitBooked(simulator, DOCUMENTS, Duration.ofMinutes(8));
            PostingBatch.awaitNothingOpen(karaf, Duration.ofMinutes(3));

            long distinct = PostingBatch.booked(simulator).stream().distinct().count();
            Map<String, Long> twice = PostingBatch.bookedTwice(simulator);
            Map<Object, Long> customers = PostingBatch.customers(simulator);
            Map<String, Long> received = PostingBatch.writesReceived(simulator);
            karaf.stop();
            Map<String, Long> logged = database == Database.H2
                    ? PostingBatch.writesLogged("jdbc:h2:file:" + karaf.home().resolve("data/koppel/koppel"), "sa")
                    : PostingBatch.writesLogged(System.getProperty("koppel.test.postgresql.url",
                            "jdbc:postgresql://127.0.0.1:5432/test") + "?currentSchema=" + schema,
                            System.getProperty("koppel.test.postgresql.user", "postgres"));
            Map<String, Long> notLogged = PostingBatch.writesMissingFromLog(received, logged);
            Report.print(String.format("crash test on %s (seed %d): kill -9 at %s entries booked; %d of %d documents"
                    + " booked, %d booked twice %s; %d customers for %d addresses, %d made twice; writes received by"
                    + " Exact %s, in the log %s, missing from the log %s; %d s in all", database.label(), seed,
                    bookedAtKill, distinct, DOCUMENTS, twice.size(), twice, customers.size(), batch.addresses,
                    PostingBatch.moreThanOnce(customers).size(), received, logged, notLogged,
                    Duration.ofNanos(System.nanoTime() - started).toSeconds()));

            assertEquals("documents booked", DOCUMENTS, distinct);
            assertEquals("documents booked more than once", Map.of(), twice);
            assertEquals("customers", batch.addresses, customers.size());
            assertEquals("a customer made twice", Map.of(), PostingBatch.moreThanOnce(customers));
            assertEquals("writes Exact received that the transaction log lacks", Map.of(), notLogged);
        }
    }
}
