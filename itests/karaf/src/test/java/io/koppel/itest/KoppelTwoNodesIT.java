package io.koppel.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import io.koppel.simulator.ExactSimulator;
import io.koppel.simulator.FaultRule;
import io.koppel.simulator.RecordedCall;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Assume;
import org.junit.Test;

/**
 * Two Koppel distributions on one host, both with Karaf's default name (root), sharing one PostgreSQL database,
 * work a batch of 500 documents; each is killed once with kill -9 mid-batch and started again. Each node has an
 * identity of its own, so neither takes the other's claims or leases for its own: every document is booked once,
 * no customer twice, and the simulator never sees two calls in flight in the division.
 */
public class KoppelTwoNodesIT {
    private static final int DOCUMENTS = 500;
    private static final Pattern CLAIM_NAME = Pattern.compile("([0-9a-f]{12})@");

    @Test
    public void twoNodesOnOneHostEachKilledOnceBookEverythingOnce() throws Exception {
        Assume.assumeTrue(Database.POSTGRESQL.enabled());
        long started = System.nanoTime();
        long seed = System.currentTimeMillis();
        Random random = new Random(seed);
        PostingBatch batch = new PostingBatch(DOCUMENTS);
        String schema = "koppel_two_nodes_itest";
        try (ExactSimulator simulator = ExactSimulator.start(
                PostingBatch.simulatorWithoutLimits().randomSeed(seed).build());
             KarafProcess first = KarafProcess.unpack(Path.of("target", "two-nodes", "first"));
             KarafProcess second = KarafProcess.unpack(Path.of("target", "two-nodes", "second"))) {
            for (KarafProcess node : List.of(first, second)) {
                PostingBatch.configure(node, simulator);
            }
            PostingBatch.shareTokenKey(List.of(first, second));
            first.usePostgresql(schema);
            second.sharePostgresql(schema);
            PostingBatch.startLinked(first, second);
            String firstNode = nodeId(first);
            String secondNode = nodeId(second);
            assertNotEquals("two nodes on one host, one identity", firstNode, secondNode);

            simulator.addFault(FaultRule.latency(30).always());
            batch.post(first);
            List<Integer> bookedAtKill = new ArrayList<>();
            for (KarafProcess node : List.of(first, second)) {
                bookedAtKill.add(PostingBatch.killMidBatch(node, simulator, random, 60));
            }
            PostingBatch.awaitBooked(simulator, DOCUMENTS, Duration.ofMinutes(8));
            PostingBatch.awaitNothingOpen(first, Duration.ofMinutes(3));
            assertEquals("the identity survives a restart", firstNode, nodeId(first));

            long distinct = PostingBatch.booked(simulator).stream().distinct().count();
            Map<String, Long> twice = PostingBatch.bookedTwice(simulator);
            Map<Object, Long> customers = PostingBatch.customers(simulator);
            long calls = simulator.calls().size();
            long overlapping = simulator.calls().stream().filter(RecordedCall::overlapped).count();
            Report.print(String.format("two nodes on one host (both root, nodes %s and %s, seed %d): kill -9 at %s"
                    + " entries booked; %d of %d documents booked, %d twice %s; %d customers for %d addresses, %d"
                    + " made twice; %d calls, %d of them while another call to the division was in flight; %d s in all",
                    firstNode, secondNode, seed, bookedAtKill, distinct, DOCUMENTS, twice.size(), twice,
                    customers.size(), batch.addresses, PostingBatch.moreThanOnce(customers).size(), calls, overlapping,
                    Duration.ofNanos(System.nanoTime() - started).toSeconds()));

            assertEquals("documents booked", DOCUMENTS, distinct);
            assertEquals("documents booked more than once", Map.of(), twice);
            assertEquals("customers", batch.addresses, customers.size());
            assertEquals("a customer made twice", Map.of(), PostingBatch.moreThanOnce(customers));
            assertEquals("calls in flight together in one division", 0, overlapping);
            assertTrue("both nodes worked the batch", calls > DOCUMENTS);
        }
    }

    private static String nodeId(KarafProcess node) throws Exception {
        String shown = node.shell("koppel:node", Duration.ofSeconds(60));
        Matcher id = CLAIM_NAME.matcher(shown);
        assertTrue(shown, id.find());
        return id.group(1);
    }
}
