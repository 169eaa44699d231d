package io.koppel.posting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.koppel.api.PageRequest;
import io.koppel.api.Status;
import io.koppel.api.posting.BillingAddress;
import io.koppel.api.posting.HostDocument;
import io.koppel.api.posting.PostingQuery;
import io.koppel.simulator.CallStats;
import io.koppel.simulator.CallFilter;
import io.koppel.simulator.DefaultDataSet;
import io.koppel.simulator.ExactSimulator;
import io.koppel.simulator.FaultRule;
import io.koppel.simulator.FaultType;
import io.koppel.simulator.RecordedCall;
import io.koppel.simulator.SimulatorConfig;
import io.koppel.store.DatabaseKind;
import io.koppel.store.TestDatabase;
import io.koppel.store.internal.MyBatisStore;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * 500 documents for two divisions, worked by two nodes sharing PostgreSQL, while Exact answers with 500s, times
 * out, drops answers after booking and bursts 429s, and one node is stopped and started again midway: every
 * document is booked exactly once, no customer twice, nothing lost, and no two requests meet in one division.
 */
class PostingFaultToleranceTest {
    private static final int DOCUMENTS = 500;

    @Test
    void everyDocumentIsBookedExactlyOnceThroughFaultsAndARestart() throws Exception {
        Assumptions.assumeTrue(TestDatabase.enabled().contains(DatabaseKind.POSTGRESQL),
                "runs on PostgreSQL; koppel.test.databases leaves it out");
        TestDatabase database = TestDatabase.migrated(DatabaseKind.POSTGRESQL);
        try (ExactSimulator simulator = ExactSimulator.start(SimulatorConfig.builder().randomSeed(42).build());
             HikariDataSource poolA = pool(database);
             HikariDataSource poolB = pool(database)) {
            PostingFixture nodeA = new PostingFixture(simulator, MyBatisStore.on(poolA), "node-a");
            PostingFixture nodeB = new PostingFixture(simulator, MyBatisStore.on(poolB), "node-b");
            nodeA.connections.connect("school-1", DefaultDataSet.DIVISION, "70", "71", null, null);
            nodeA.connections.connect("school-2", DefaultDataSet.DIVISION_2, "70", "71", null, null);
            nodeB.connections.connect("school-1", DefaultDataSet.DIVISION, "70", "71", null, null);
            nodeB.connections.connect("school-2", DefaultDataSet.DIVISION_2, "70", "71", null, null);
            simulator.clock().setFactor(60);
            simulator.addFault(FaultRule.of(FaultType.SERVER_ERROR).withStatus(500).onMethod("POST").always()
                    .withProbability(0.04));
            simulator.addFault(FaultRule.of(FaultType.DROP_AFTER_COMMIT).onMethod("POST").always().withProbability(0.04));
            simulator.addFault(FaultRule.of(FaultType.TIMEOUT).holdFor(2_500).onMethod("POST").always()
                    .withProbability(0.01));
            simulator.addFault(FaultRule.of(FaultType.RATE_LIMIT_BURST).times(6));

            List<HostDocument> documents = documents();
            nodeA.service.submit(documents.subList(0, DOCUMENTS / 2));
            nodeB.service.submit(documents.subList(DOCUMENTS / 2, DOCUMENTS));

            AtomicReference<PostingQueue> queueA = new AtomicReference<>(nodeA.queue);
            Thread workerA = work(queueA);
            Thread workerB = work(new AtomicReference<>(nodeB.queue));
            waitUntilCompleted(nodeA, DOCUMENTS / 2, Duration.ofMinutes(3));
            // Node A stops in the middle of its work, as Karaf stops a bundle: the postings being written finish,
            // the rest wait in the queue. It starts again under the same name and takes its claims back.
            workerA.interrupt();
            workerA.join();
            queueA.get().stop(Duration.ofSeconds(30));
            queueA.set(nodeA.queue("node-a"));
            workerA = work(queueA);
            waitUntilCompleted(nodeA, DOCUMENTS, Duration.ofMinutes(5));
            workerA.interrupt();
            workerB.interrupt();
            workerA.join();
            workerB.join();

            for (HostDocument document : documents) {
                int division = document.hostEntity().equals("school-1") ? DefaultDataSet.DIVISION : DefaultDataSet.DIVISION_2;
                assertEquals(1, simulator.rows(division, "salesentry/SalesEntries", Map.of("YourRef", document.ogm())).size(),
                        document.documentNumber() + " is booked once");
                assertEquals(1, simulator.rows(division, "crm/Accounts",
                        Map.of("Remarks", document.billingAddress().addressId())).size(),
                        document.billingAddress().addressId() + " has one customer");
            }
            // A request Exact holds past the client's timeout is still in flight when the next one arrives: that is
            // the one way two requests may meet in a division, and only while the held one lasts.
            List<RecordedCall> calls = simulator.calls(CallFilter.all());
            List<RecordedCall> held = calls.stream().filter(call -> "TIMEOUT".equals(call.fault())).toList();
            Map<String, Long> faults = calls.stream().filter(call -> call.fault() != null)
                    .collect(java.util.stream.Collectors.groupingBy(RecordedCall::fault, java.util.stream.Collectors.counting()));
            assertTrue(faults.getOrDefault("SERVER_ERROR", 0L) >= 10 && faults.getOrDefault("DROP_AFTER_COMMIT", 0L) >= 10
                    && faults.getOrDefault("TIMEOUT", 0L) >= 1 && faults.getOrDefault("RATE_LIMIT_BURST", 0L) >= 6,
                    "the faults happened: " + faults + " in " + calls.size() + " logged calls of " + simulator.stats().total()
);
            List<RecordedCall> overlapping = calls.stream().filter(RecordedCall::overlapped).toList();
            for (RecordedCall overlap : overlapping) {
                assertTrue(held.stream().anyMatch(hold -> whileHeld(hold, overlap, simulator.clock().factor())),
                        "two requests met in division " + overlap.division() + " outside a held answer: " + overlap);
            }
            CallStats stats = simulator.stats();
            System.out.printf("[koppel-posting] %d documents booked once through %d calls, faults %s; %d requests"
                    + " arrived while an answer was held past the timeout%n", DOCUMENTS, stats.total(), faults,
                    overlapping.size());
            nodeA.close();
            nodeB.close();
        }
    }

    private static boolean whileHeld(RecordedCall hold, RecordedCall call, double clockFactor) {
        java.time.Instant end = hold.time().plusNanos((long) (hold.durationMicros() * 1_000 * clockFactor))
                .plusSeconds(1);
        return java.util.Objects.equals(hold.division(), call.division()) && !call.time().isBefore(hold.time())
                && !call.time().isAfter(end);
    }

    private static Thread work(AtomicReference<PostingQueue> queue) {
        Thread worker = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    queue.get().poll();
                    Thread.sleep(20);
                } catch (InterruptedException stop) {
                    return;
                } catch (RuntimeException busy) {
                    // a poll that fails is tried again, as the node's scheduler does
                }
            }
        });
        worker.start();
        return worker;
    }

    private static void waitUntilCompleted(PostingFixture node, int count, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        long completed = 0;
        while (System.nanoTime() < deadline) {
            completed = node.service.postings(PostingQuery.all().withStatuses(Status.COMPLETED), PageRequest.first(1)).total();
            if (completed >= count) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(completed + " of " + count + " completed: "
                + node.service.postings(PostingQuery.all().withStatuses(Status.FAILED, Status.FATAL, Status.IN_PROGRESS,
                        Status.NEW), PageRequest.first(5)).items());
    }

    private static List<HostDocument> documents() {
        List<HostDocument> documents = new ArrayList<>();
        for (int i = 1; i <= DOCUMENTS; i++) {
            String school = i % 2 == 0 ? "school-2" : "school-1";
            BillingAddress address = Documents.address(String.valueOf(10_000 + i % 250));
            if (i % 250 % 5 == 0) {
                address = Documents.withMandate(address, "MAND-" + school + "-" + (i % 250), Documents.VALID_IBAN,
                        Documents.VALID_BIC);
            }
            HostDocument base = Documents.invoice(String.valueOf(100_000 + i), address, Documents.meals("10.00"),
                    Documents.line("Uitstappen", "5.50", DefaultDataSet.GL_REVENUE));
            documents.add(new HostDocument(school, base.hostInvoiceId(), base.documentNumber(), base.type(),
                    LocalDate.now(), LocalDate.now().plusDays(30), base.description(), base.ogm(),
                    base.billingAddress(), base.lines()));
        }
        return documents;
    }

    private static HikariDataSource pool(TestDatabase database) {
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(database.dataSource());
        pool.setMaximumPoolSize(8);
        return new HikariDataSource(pool);
    }
}
