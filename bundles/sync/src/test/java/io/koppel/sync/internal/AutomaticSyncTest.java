package io.koppel.sync.internal;

import static io.koppel.posting.internal.Documents.address;
import static io.koppel.posting.internal.Documents.invoice;
import static io.koppel.posting.internal.Documents.meals;
import static io.koppel.simulator.DefaultDataSet.DIVISION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.api.Ogm;
import io.koppel.api.ReasonCode;
import io.koppel.api.sync.SettlementKind;
import io.koppel.api.sync.SyncHealth;
import io.koppel.api.sync.SyncMismatch;
import io.koppel.client.SimulatorExtension;
import io.koppel.posting.internal.Documents;
import io.koppel.simulator.CallFilter;
import io.koppel.simulator.FaultRule;
import io.koppel.simulator.PaymentKind;
import io.koppel.simulator.PaymentRequest;
import io.koppel.simulator.SimulatorConfig;
import io.koppel.store.DatabaseTest;
import io.koppel.store.PostingRow;
import io.koppel.store.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mode 2 on a real database and the simulator: per connection, from a cursor, settling at once. */
class AutomaticSyncTest {
    @RegisterExtension
    static final SimulatorExtension exact = SimulatorExtension.with(SimulatorConfig.builder().rateLimitsEnabled(false).build());

    /** A node whose school's connection is in automatic mode. */
    private static SyncTestNode automatic(TestDatabase database, int toleranceCents) throws Exception {
        SyncTestNode node = SyncTestNode.connected(exact.simulator(), database.store());
        node.engine.automatic().configure(Documents.SCHOOL, true, toleranceCents);
        return node;
    }

    /** Two invoices of 20 and 30 euros, numbered {@code series}1 and {@code series}2, each to an address of its own. */
    private static List<PostingRow> twoInvoices(SyncTestNode node, String series, String addresses)
            throws InterruptedException {
        return node.post(invoice(series + "1", address(addresses + "1"), meals("20.00")),
                invoice(series + "2", address(addresses + "2"), meals("30.00")));
    }

    /** A run on demand, as the dashboard's, waiting for a busy division as long as a test may. */
    private static SyncHealth runNow(SyncTestNode node) {
        return node.engine.automatic().runNow(Documents.SCHOOL, Duration.ofSeconds(30));
    }

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
        try (SyncTestNode node = automatic(database, 50)) {
            List<PostingRow> rows = node.post(invoice("F26-0301", address("D1"), meals("100.00")),
                    invoice("F26-0302", address("D2"), meals("50.00")),
                    invoice("F26-0303", address("D3"), meals("20.00")));
            pay(node, rows.get(0), PaymentKind.PAYMENT, null);

            SyncHealth first = runNow(node);
            assertFalse(first.catchingUp());
            assertNull(first.lastError());
            assertEquals(List.of("F26-0301"), node.host.received.stream().map(s -> s.documentNumber()).toList());
            assertEquals(node.simulator.clock().todayUtc(), node.host.received.get(0).paymentDate(),
                    "Exact's last payment date");

            long quiet = callsDuring(node, () -> runNow(node));
            assertTrue(quiet <= 2, "a run with nothing new: " + quiet + " calls");
            assertEquals(1, node.host.received.size());

            pay(node, rows.get(1), PaymentKind.PAYMENT, "49.60");
            pay(node, rows.get(2), PaymentKind.PAYMENT, "5.00");
            long busy = callsDuring(node, () -> runNow(node));
            assertTrue(busy <= 3, "a run after payments: " + busy + " calls");
            assertEquals(SettlementKind.FULLY_PAID, node.host.last("F26-0302").kind(), "a rest of 40 cents is paid");
            assertEquals(SettlementKind.PARTIALLY_PAID, node.host.last("F26-0303").kind());

            // a webhook is only a hint: the division runs, settling nothing new
            node.engine.automatic().runDivision(DIVISION);
            assertEquals(3, node.host.received.size());
        }
    }

    @DatabaseTest
    void runsOfOneNodeAtOnceTakeTheDivisionInTurnAndSettleEveryPayment(TestDatabase database) throws Exception {
        try (SyncTestNode node = automatic(database, 0)) {
            List<PostingRow> rows = node.post(invoice("F26-0801", address("T1"), meals("20.00")),
                    invoice("F26-0802", address("T2"), meals("30.00")),
                    invoice("F26-0803", address("T3"), meals("40.00")));
            pay(node, rows.get(0), PaymentKind.PAYMENT, null);
            pay(node, rows.get(1), PaymentKind.PAYMENT, "10.00");
            // Exact answers the terms slowly, so the scheduled run and one on demand are both reading them
            node.simulator.addFault(FaultRule.latency(500).onPath(".*sync/Cashflow/PaymentTerms.*").always());
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                Future<SyncHealth> scheduled = threads.submit(() -> runNow(node));
                Future<SyncHealth> onDemand = threads.submit(() -> runNow(node));
                assertNull(scheduled.get(60, TimeUnit.SECONDS).lastError());
                assertNull(onDemand.get(60, TimeUnit.SECONDS).lastError());
                pay(node, rows.get(2), PaymentKind.PAYMENT, null);
                scheduled = threads.submit(() -> runNow(node));
                onDemand = threads.submit(() -> runNow(node));
                assertNull(scheduled.get(60, TimeUnit.SECONDS).lastError());
                assertNull(onDemand.get(60, TimeUnit.SECONDS).lastError());
            } finally {
                threads.shutdownNow();
            }
            assertEquals(SettlementKind.FULLY_PAID, node.host.last("F26-0801").kind());
            assertEquals(SettlementKind.PARTIALLY_PAID, node.host.last("F26-0802").kind());
            assertEquals(SettlementKind.FULLY_PAID, node.host.last("F26-0803").kind());
            assertEquals(3, node.host.received.size(), "each payment told once: " + node.host.received);
        }
    }

    @DatabaseTest
    void theFirstCatchUpSettlesNothingUntilItReachedTheEndAndGoesOnWhereANodeStopped(TestDatabase database) throws Exception {
        try (SyncTestNode node = automatic(database, 0)) {
            List<PostingRow> rows = twoInvoices(node, "F26-040", "E");
            for (int i = 0; i < 1_050; i++) {
                pay(node, rows.get(0), PaymentKind.PAYMENT, "0.01");
            }
            pay(node, rows.get(1), PaymentKind.PAYMENT, null);
            SyncTestNode onePage = new SyncTestNode(node.simulator, node.store, "node-b", Map.of("maxPages", 1));
            try {
                SyncHealth halfway = runNow(onePage);
                assertTrue(halfway.catchingUp());
                assertTrue(onePage.host.received.isEmpty(), "nothing settled before the first read reached the end");
            } finally {
                onePage.close();
            }
            // node-b stopped after its first page; node-a goes on from the cursor node-b stored
            SyncHealth done = runNow(node);
            assertFalse(done.catchingUp());
            assertEquals(1_052, done.termsCopied(), "every term once: 1,051 of the split invoice, one of the other");
            assertEquals(SettlementKind.PARTIALLY_PAID, node.host.last("F26-0401").kind());
            assertEquals(0, new BigDecimal("9.50").compareTo(node.host.last("F26-0401").outstandingAmount()));
            assertEquals(SettlementKind.FULLY_PAID, node.host.last("F26-0402").kind());
        }
    }

    @DatabaseTest
    void aDivisionMoveRebuildsTheCopyWithoutTellingTheHostTwice(TestDatabase database) throws Exception {
        try (SyncTestNode node = automatic(database, 0)) {
            List<PostingRow> rows = twoInvoices(node, "F26-050", "G");
            pay(node, rows.get(0), PaymentKind.PAYMENT, null);
            runNow(node);
            assertEquals(1, node.host.received.size());

            node.simulator.moveDivision(DIVISION);
            pay(node, rows.get(1), PaymentKind.PAYMENT, "10.00");
            node.simulator.clock().advance(Duration.ofHours(25));
            SyncHealth after = runNow(node);
            assertFalse(after.catchingUp());
            assertEquals(2, node.host.received.size(), "F26-0502's payment after the move, F26-0501 not again");
            assertEquals(SettlementKind.PARTIALLY_PAID, node.host.last("F26-0502").kind());

            pay(node, rows.get(0), PaymentKind.REVERSAL, null);
            runNow(node);
            assertEquals(SettlementKind.REOPENED, node.host.last("F26-0501").kind());
        }
    }

    @DatabaseTest
    void aMismatchIsShownInHealthInTheClerksLanguageUntilTheEntryMatches(TestDatabase database) throws Exception {
        try (SyncTestNode node = automatic(database, 0)) {
            List<PostingRow> rows = twoInvoices(node, "F26-060", "H");
            String otherOgm = Ogm.of(6060).toString();
            // Koppel holds another OGM than the entry in Exact carries (someone changed it on one side)
            setOgm(database, "F26-0601", otherOgm);
            pay(node, rows.get(0), PaymentKind.PAYMENT, null);
            pay(node, rows.get(1), PaymentKind.PAYMENT, null);

            SyncHealth health = runNow(node);
            assertNull(health.lastError());
            assertEquals(List.of("F26-0602"), node.host.received.stream().map(s -> s.documentNumber()).toList(),
                    "a mismatch is never applied");
            assertEquals(1, health.mismatches().size());
            SyncMismatch mismatch = health.mismatches().get(0);
            assertEquals("F26-0601", mismatch.documentNumber());
            assertEquals(ReasonCode.SYNC_OGM_MISMATCH, mismatch.reason().code());
            assertEquals(List.of("F26-0601", otherOgm), mismatch.reason().arguments().subList(0, 2));
            assertEquals(3, mismatch.reason().arguments().size(), "and the OGM Exact's entry carries");
            assertEquals(health.mismatches(), node.engine.automatic().health(Documents.SCHOOL).mismatches(),
                    "kept in the database, as another node reads it");
            for (Locale clerk : List.of(Locale.forLanguageTag("nl"), Locale.FRENCH, Locale.ENGLISH)) {
                String text = mismatch.reason().text(clerk);
                assertTrue(text.contains("F26-0601") && text.contains(otherOgm) && !text.contains("SYNC_"),
                        clerk + ": " + text);
            }
            assertTrue(mismatch.reason().text(Locale.forLanguageTag("nl")).contains("gestructureerde mededeling"));

            // the OGM put right; the next change of the entry's terms settles it and clears the mismatch
            setOgm(database, "F26-0601", rows.get(0).ogm());
            pay(node, rows.get(0), PaymentKind.REVERSAL, null);
            pay(node, rows.get(0), PaymentKind.PAYMENT, "5.00");
            SyncHealth after = runNow(node);
            assertEquals(List.of(), after.mismatches());
            assertEquals(SettlementKind.PARTIALLY_PAID, node.host.last("F26-0601").kind());
        }
    }

    private static void setOgm(TestDatabase database, String documentNumber, String ogm) throws Exception {
        try (java.sql.Connection c = database.dataSource().getConnection();
             java.sql.PreparedStatement update = c.prepareStatement(
                     "UPDATE koppel_posting SET ogm = ? WHERE document_number = ?")) {
            update.setString(1, ogm);
            update.setString(2, documentNumber);
            assertEquals(1, update.executeUpdate());
        }
    }
}
