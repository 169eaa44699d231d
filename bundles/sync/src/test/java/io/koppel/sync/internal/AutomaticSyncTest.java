package io.koppel.sync.internal;

import static io.koppel.posting.internal.Documents.address;
import static io.koppel.posting.internal.Documents.invoice;
import static io.koppel.posting.internal.Documents.meals;
import static io.koppel.simulator.DefaultDataSet.DIVISION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.api.sync.SettlementKind;
import io.koppel.api.sync.SyncHealth;
import io.koppel.client.SimulatorExtension;
import io.koppel.posting.internal.Documents;
import io.koppel.simulator.CallFilter;
import io.koppel.simulator.PaymentKind;
import io.koppel.simulator.PaymentRequest;
import io.koppel.simulator.SimulatorConfig;
import io.koppel.store.DatabaseTest;
import io.koppel.store.PostingRow;
import io.koppel.store.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mode 2 on a real database and the simulator: per connection, from a cursor, settling at once. */
class AutomaticSyncTest {
    @RegisterExtension
    static final SimulatorExtension exact = SimulatorExtension.with(SimulatorConfig.builder().rateLimitsEnabled(false).build());

    private static void pay(SyncTestNode node, PostingRow row, PaymentKind kind, String amount) {
        node.simulator.registerPayment(new PaymentRequest(DIVISION, SyncTestNode.entry(row), null, null, kind,
                amount == null ? null : new BigDecimal(amount), null, null));
    }

    private static long callsDuring(SyncTestNode node, Runnable run) {
        long before = node.simulator.calls(CallFilter.all()).size();
        run.run();
        return node.simulator.calls(CallFilter.all()).size() - before;
    }

    @DatabaseTest
    void runsFromItsCursorSettleAtOnceWithinTheTolerance(TestDatabase database) throws Exception {
        try (SyncTestNode node = SyncTestNode.connected(exact.simulator(), database.store())) {
            List<PostingRow> rows = node.post(invoice("F26-0301", address("D1"), meals("100.00")),
                    invoice("F26-0302", address("D2"), meals("50.00")),
                    invoice("F26-0303", address("D3"), meals("20.00")));
            node.engine.automatic.configure(Documents.SCHOOL, true, 50);
            pay(node, rows.get(0), PaymentKind.PAYMENT, null);

            SyncHealth first = node.engine.automatic.runNow(Documents.SCHOOL, Duration.ofSeconds(30));
            assertFalse(first.catchingUp());
            assertNull(first.lastError());
            assertEquals(List.of("F26-0301"), node.host.received.stream().map(s -> s.documentNumber()).toList());
            assertEquals(node.simulator.clock().todayUtc(), node.host.received.get(0).paymentDate(),
                    "Exact's last payment date");

            long quiet = callsDuring(node, () -> node.engine.automatic.runNow(Documents.SCHOOL, Duration.ofSeconds(30)));
            assertTrue(quiet <= 2, "a run with nothing new: " + quiet + " calls");
            assertEquals(1, node.host.received.size());

            pay(node, rows.get(1), PaymentKind.PAYMENT, "49.60");
            pay(node, rows.get(2), PaymentKind.PAYMENT, "5.00");
            long busy = callsDuring(node, () -> node.engine.automatic.runNow(Documents.SCHOOL, Duration.ofSeconds(30)));
            assertTrue(busy <= 3, "a run after payments: " + busy + " calls");
            assertEquals(SettlementKind.FULLY_PAID, node.host.last("F26-0302").kind(), "a rest of 40 cents is paid");
            assertEquals(SettlementKind.PARTIALLY_PAID, node.host.last("F26-0303").kind());

            // a webhook is only a hint: the division runs, settling nothing new
            node.engine.automatic.runDivision(DIVISION);
            assertEquals(3, node.host.received.size());
        }
    }

    @DatabaseTest
    void theFirstCatchUpSettlesNothingUntilItReachedTheEndAndGoesOnWhereANodeStopped(TestDatabase database) throws Exception {
        try (SyncTestNode node = SyncTestNode.connected(exact.simulator(), database.store())) {
            List<PostingRow> rows = node.post(invoice("F26-0401", address("E1"), meals("20.00")),
                    invoice("F26-0402", address("E2"), meals("30.00")));
            for (int i = 0; i < 1_050; i++) {
                pay(node, rows.get(0), PaymentKind.PAYMENT, "0.01");
            }
            pay(node, rows.get(1), PaymentKind.PAYMENT, null);
            node.engine.automatic.configure(Documents.SCHOOL, true, 0);
            SyncTestNode onePage = new SyncTestNode(node.simulator, node.store, "node-b", Map.of("maxPages", 1));
            try {
                SyncHealth halfway = onePage.engine.automatic.runNow(Documents.SCHOOL, Duration.ofSeconds(30));
                assertTrue(halfway.catchingUp());
                assertTrue(onePage.host.received.isEmpty(), "nothing settled before the first read reached the end");
            } finally {
                onePage.close();
            }
            // node-b stopped after its first page; node-a goes on from the cursor node-b stored
            SyncHealth done = node.engine.automatic.runNow(Documents.SCHOOL, Duration.ofSeconds(30));
            assertFalse(done.catchingUp());
            assertEquals(1_052, done.termsCopied(), "every term once: 1,051 of the split invoice, one of the other");
            assertEquals(SettlementKind.PARTIALLY_PAID, node.host.last("F26-0401").kind());
            assertEquals(0, new BigDecimal("9.50").compareTo(node.host.last("F26-0401").outstandingAmount()));
            assertEquals(SettlementKind.FULLY_PAID, node.host.last("F26-0402").kind());
        }
    }

    @DatabaseTest
    void aDivisionMoveRebuildsTheCopyWithoutTellingTheHostTwice(TestDatabase database) throws Exception {
        try (SyncTestNode node = SyncTestNode.connected(exact.simulator(), database.store())) {
            List<PostingRow> rows = node.post(invoice("F26-0501", address("G1"), meals("20.00")),
                    invoice("F26-0502", address("G2"), meals("30.00")));
            node.engine.automatic.configure(Documents.SCHOOL, true, 0);
            pay(node, rows.get(0), PaymentKind.PAYMENT, null);
            node.engine.automatic.runNow(Documents.SCHOOL, Duration.ofSeconds(30));
            assertEquals(1, node.host.received.size());

            node.simulator.moveDivision(DIVISION);
            pay(node, rows.get(1), PaymentKind.PAYMENT, "10.00");
            node.simulator.clock().advance(Duration.ofHours(25));
            SyncHealth after = node.engine.automatic.runNow(Documents.SCHOOL, Duration.ofSeconds(30));
            assertFalse(after.catchingUp());
            assertEquals(2, node.host.received.size(), "F26-0502's payment after the move, F26-0501 not again");
            assertEquals(SettlementKind.PARTIALLY_PAID, node.host.last("F26-0502").kind());

            pay(node, rows.get(0), PaymentKind.REVERSAL, null);
            node.engine.automatic.runNow(Documents.SCHOOL, Duration.ofSeconds(30));
            assertEquals(SettlementKind.REOPENED, node.host.last("F26-0501").kind());
        }
    }
}
