package io.koppel.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.koppel.simulator.CallFilter;
import io.koppel.simulator.ExactSimulator;
import io.koppel.simulator.FaultRule;
import io.koppel.simulator.FaultType;
import io.koppel.simulator.RecordedCall;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.Test;

/**
 * 500 printed documents handed to a running Koppel distribution while Exact answers with 500s, times out, drops
 * answers after booking and bursts 429s, and Karaf is stopped and started again midway (bin/stop, bin/start):
 * every document is booked in Exact exactly once, no customer is created twice, nothing is lost.
 */
public class KoppelRestartIT {
    private static final int DOCUMENTS = 500;

    @Test
    public void aKarafRestartMidwayLosesNothingAndBooksNothingTwice() throws Exception {
        long started = System.nanoTime();
        PostingBatch batch = new PostingBatch(DOCUMENTS);
        try (ExactSimulator simulator = ExactSimulator.start(PostingBatch.simulatorWithoutLimits()
                .randomSeed(7).build());
             KarafProcess karaf = KarafProcess.unpack(Path.of("target", "restart"))) {
            PostingBatch.configure(karaf, simulator);
            karaf.start();
            karaf.shell("koppel:connections", Duration.ofMinutes(3));
            PostingBatch.link(karaf);

            simulator.addFault(FaultRule.of(FaultType.SERVER_ERROR).withStatus(500).onMethod("POST").always()
                    .withProbability(0.03));
            simulator.addFault(FaultRule.of(FaultType.DROP_AFTER_COMMIT).onMethod("POST").always().withProbability(0.03));
            simulator.addFault(FaultRule.of(FaultType.TIMEOUT).holdFor(3_000).onMethod("POST").always()
                    .withProbability(0.005));
            simulator.addFault(FaultRule.of(FaultType.RATE_LIMIT_BURST).onMethod("POST").times(1));
            batch.post(karaf);

            PostingBatch.awaitBooked(simulator, DOCUMENTS / 4, Duration.ofMinutes(3));
            int beforeStop = PostingBatch.booked(simulator).size();
            karaf.stop();
            int whileStopped = PostingBatch.booked(simulator).size();
            karaf.start();
            PostingBatch.awaitBooked(simulator, DOCUMENTS, Duration.ofMinutes(6));

            assertEquals("documents booked", DOCUMENTS, PostingBatch.booked(simulator).stream().distinct().count());
            assertEquals("documents booked more than once", Map.of(), PostingBatch.bookedTwice(simulator));
            Map<Object, Long> customers = PostingBatch.customers(simulator);
            assertEquals("customers", batch.addresses, customers.size());
            assertEquals("a customer made twice", Map.of(), PostingBatch.moreThanOnce(customers));
            String open = karaf.shell("koppel:postings --status NEW,IN_PROGRESS,FAILED,FATAL", Duration.ofSeconds(30));
            assertTrue(open, open.contains("No postings"));

            Map<String, Long> faults = simulator.calls(CallFilter.all()).stream().filter(call -> call.fault() != null)
                    .collect(Collectors.groupingBy(RecordedCall::fault, Collectors.counting()));
            assertTrue("the faults happened: " + faults, faults.getOrDefault("SERVER_ERROR", 0L) > 0
                    && faults.getOrDefault("DROP_AFTER_COMMIT", 0L) > 0 && faults.getOrDefault("RATE_LIMIT_BURST", 0L) > 0);
            Report.print(String.format("restart test: %d documents booked once; %d booked before bin/stop, %d while"
                    + " stopping, the rest after bin/start; %d customers; faults %s; %d s in all", DOCUMENTS,
                    beforeStop, whileStopped - beforeStop, customers.size(), faults,
                    Duration.ofNanos(System.nanoTime() - started).toSeconds()));
        }
    }
}
