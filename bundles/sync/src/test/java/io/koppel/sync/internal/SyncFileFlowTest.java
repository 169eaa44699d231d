package io.koppel.sync.internal;

import static io.koppel.posting.internal.Documents.address;
import static io.koppel.posting.internal.Documents.invoice;
import static io.koppel.posting.internal.Documents.meals;
import static io.koppel.simulator.DefaultDataSet.DIVISION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.api.KoppelException;
import io.koppel.api.Ogm;
import io.koppel.api.ReasonCode;
import io.koppel.api.posting.DocumentType;
import io.koppel.api.posting.HostDocument;
import io.koppel.api.sync.Ledger;
import io.koppel.api.sync.Settlement;
import io.koppel.api.sync.SettlementKind;
import io.koppel.api.sync.SyncFile;
import io.koppel.api.sync.SyncFileStatus;
import io.koppel.client.SimulatorExtension;
import io.koppel.posting.internal.Documents;
import io.koppel.simulator.PaymentKind;
import io.koppel.simulator.SimulatorConfig;
import io.koppel.simulator.PaymentRequest;
import io.koppel.store.DatabaseTest;
import io.koppel.store.PostingRow;
import io.koppel.store.SyncMapper;
import io.koppel.store.TestDatabase;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mode 1 on a real database and the simulator: a file made, checked, processed once. */
class SyncFileFlowTest {
    @RegisterExtension
    static final SimulatorExtension exact = SimulatorExtension.with(SimulatorConfig.builder().rateLimitsEnabled(false).build());

    private static HostDocument creditNote(String number, String amount) {
        HostDocument base = invoice(number, address("A-" + number), meals(amount));
        return new HostDocument(base.hostEntity(), base.hostInvoiceId(), base.documentNumber(), DocumentType.CREDIT_NOTE,
                base.printDate(), base.dueDate(), base.description(), base.ogm(), base.billingAddress(), base.lines());
    }

    private static void pay(SyncTestNode node, PostingRow row, PaymentKind kind, String amount) {
        node.simulator.registerPayment(new PaymentRequest(DIVISION, SyncTestNode.entry(row), null, null, kind,
                amount == null ? null : new BigDecimal(amount), null, null));
    }

    @DatabaseTest
    void aFileSettlesPaidPartlyPaidOverpaidWrittenOffCreditNotesAndMigratedDocuments(TestDatabase database) throws Exception {
        try (SyncTestNode node = SyncTestNode.connected(exact.simulator(), database.store())) {
            List<PostingRow> rows = node.post(invoice("F26-0001", address("A1"), meals("100.00")),
                    invoice("F26-0002", address("A2"), meals("80.00")),
                    invoice("F26-0003", address("A3"), meals("60.00")),
                    invoice("F26-0004", address("A4"), meals("50.00")),
                    invoice("F26-0005", address("A5"), meals("40.00")),
                    invoice("F26-0006", address("A6"), meals("30.00")),
                    creditNote("C26-0007", "25.00"),
                    invoice("F26-0008", address("A8"), meals("20.00")));
            // a document booked before Koppel: the host registers it with its entry number and OGM
            String migratedOgm = Ogm.of(4242).toString();
            PostingRow old = node.post(Documents.withOgm(invoice("F19-0009", address("A9"), meals("70.00")), migratedOgm)).get(0);
            try (java.sql.Connection c = database.dataSource().getConnection();
                 java.sql.Statement forget = c.createStatement()) {
                forget.executeUpdate("DELETE FROM koppel_posting WHERE document_number = 'F19-0009'");
            }
            node.engine.files().define(new Ledger("BER", "Bernardus", Set.of(Documents.SCHOOL)));
            node.engine.states().registerMigrated(new io.koppel.api.sync.MigratedDocument(Documents.SCHOOL, "F19-0009",
                    "INV-F19-0009", migratedOgm, old.exactEntryNumber(), new BigDecimal("70.00")));

            pay(node, rows.get(0), PaymentKind.PAYMENT, null);
            pay(node, rows.get(1), PaymentKind.PAYMENT, "30.00");
            pay(node, rows.get(2), PaymentKind.OVERPAYMENT, "75.00");
            pay(node, rows.get(3), PaymentKind.WRITE_OFF, null);
            pay(node, rows.get(4), PaymentKind.DIRECT_DEBIT_SENT, null);
            pay(node, rows.get(6), PaymentKind.PAYMENT, "-25.00");
            pay(node, rows.get(7), PaymentKind.PAYMENT, null);
            node.simulator.registerPayment(new PaymentRequest(DIVISION, SyncTestNode.entry(old), null, null,
                    PaymentKind.PAYMENT, null, null, null));
            node.engine.states().setHandling("F26-0008", io.koppel.api.sync.PaymentHandling.BY_HAND);

            SyncFile file = node.file("BER");
            assertEquals(SyncFileStatus.READY, file.status());
            assertEquals("ExactOnlineSyncFile-Bernardus-koppelB1DBER.xml", file.fileName());
            assertEquals(1, file.sequenceNumber());
            Map<String, Settlement> byDocument = new java.util.HashMap<>();
            file.settlements().forEach(s -> byDocument.put(s.documentNumber(), s));
            assertEquals(Set.of("F26-0001", "F26-0002", "F26-0003", "F26-0004", "C26-0007", "F19-0009"), byDocument.keySet(),
                    "a direct debit sent is no payment, an open invoice no news, one settled by hand untouched");
            assertEquals(SettlementKind.FULLY_PAID, byDocument.get("F26-0001").kind());
            assertEquals(SettlementKind.PARTIALLY_PAID, byDocument.get("F26-0002").kind());
            assertEquals(0, new BigDecimal("50.00").compareTo(byDocument.get("F26-0002").outstandingAmount()));
            assertEquals(0, new BigDecimal("60.00").compareTo(byDocument.get("F26-0003").paidAmount()),
                    "never more than the invoice");
            assertEquals(0, new BigDecimal("50.00").compareTo(byDocument.get("F26-0004").writtenOffAmount()));
            assertEquals(0, byDocument.get("F26-0004").paidAmount().signum());
            assertEquals(SettlementKind.FULLY_PAID, byDocument.get("C26-0007").kind());
            assertEquals(SettlementKind.FULLY_PAID, byDocument.get("F19-0009").kind());
            assertEquals(1, file.unallocatedCredit().size());
            assertEquals(0, new BigDecimal("15.00").compareTo(file.unallocatedCredit().get(0).amount()));
            assertEquals(LocalDate.ofInstant(file.createdAt(), java.time.ZoneOffset.UTC), byDocument.get("F26-0001").paymentDate());

            byte[] bytes = node.engine.files().download(file.id());
            assertEquals(6, node.engine.files().preview(bytes).settlements().size());
            SyncFile second = node.file("BER");
            assertEquals(1, second.sequenceNumber(), "the number stays until a file is processed");

            SyncFile processed = node.engine.files().process(bytes);
            assertEquals(SyncFileStatus.PROCESSED, processed.status());
            assertEquals(6, node.host.received.size());
            assertEquals(2L, (long) store(node).transaction(s -> s.mapper(SyncMapper.class).currentSequence("BER")));
            KoppelException refused = assertThrows(KoppelException.class, () -> node.engine.files().process(second.id()));
            assertEquals(ReasonCode.SYNC_SEQUENCE_PROCESSED, refused.reason().code());
            assertEquals(ReasonCode.SYNC_SEQUENCE_PROCESSED,
                    assertThrows(KoppelException.class, () -> node.engine.files().process(bytes)).reason().code());
            String changed = new String(bytes, StandardCharsets.UTF_8).replace("FULLY_PAID", "PARTIALLY_PAID");
            assertEquals(ReasonCode.SYNC_FILE_INVALID, assertThrows(KoppelException.class,
                    () -> node.engine.files().process(changed.getBytes(StandardCharsets.UTF_8))).reason().code());

            // a match undone in Exact: the next file reopens the invoice, and tells nothing again of the others
            pay(node, rows.get(0), PaymentKind.REVERSAL, null);
            SyncFile next = node.file("BER");
            assertEquals(2, next.sequenceNumber());
            assertEquals(List.of("F26-0001"), next.settlements().stream().map(Settlement::documentNumber).toList());
            assertEquals(SettlementKind.REOPENED, next.settlements().get(0).kind());
            assertNull(next.settlements().get(0).paymentDate());
            assertEquals(2, node.engine.files().files("BER", java.time.Instant.EPOCH, java.time.Instant.now().plusSeconds(60))
                    .stream().filter(f -> f.sequenceNumber() == 1).count());
        }
    }

    @DatabaseTest
    void ofTwoClerksProcessingFilesOfOneNumberExactlyOneWins(TestDatabase database) throws Exception {
        try (SyncTestNode node = SyncTestNode.connected(exact.simulator(), database.store())) {
            List<PostingRow> rows = node.post(invoice("F26-0101", address("B1"), meals("10.00")));
            pay(node, rows.get(0), PaymentKind.PAYMENT, null);
            node.engine.files().define(new Ledger("BER", "Bernardus", Set.of(Documents.SCHOOL)));
            SyncFile first = node.file("BER");
            SyncFile second = node.file("BER");
            ExecutorService clerks = Executors.newFixedThreadPool(2);
            AtomicInteger refused = new AtomicInteger();
            try {
                List<Callable<Boolean>> both = List.of(first, second).stream().<Callable<Boolean>>map(f -> () -> {
                    try {
                        node.engine.files().process(f.id());
                        return true;
                    } catch (KoppelException e) {
                        assertEquals(ReasonCode.SYNC_SEQUENCE_PROCESSED, e.reason().code());
                        refused.incrementAndGet();
                        return false;
                    }
                }).toList();
                int won = 0;
                for (Future<Boolean> result : clerks.invokeAll(both)) {
                    won += result.get() ? 1 : 0;
                }
                assertEquals(1, won);
                assertEquals(1, refused.get());
            } finally {
                clerks.shutdownNow();
            }
            assertEquals(1, node.host.received.size(), "the settlement reached the host once");
        }
    }

    @DatabaseTest
    void settlementsRecordedWhenTheHostWasDownAreDeliveredOnceLater(TestDatabase database) throws Exception {
        try (SyncTestNode node = SyncTestNode.connected(exact.simulator(), database.store())) {
            List<PostingRow> rows = node.post(invoice("F26-0201", address("C1"), meals("10.00")),
                    invoice("F26-0202", address("C2"), meals("12.00")));
            pay(node, rows.get(0), PaymentKind.PAYMENT, null);
            pay(node, rows.get(1), PaymentKind.PAYMENT, "2.00");
            node.engine.files().define(new Ledger("BER", "Bernardus", Set.of(Documents.SCHOOL)));
            SyncFile file = node.file("BER");
            // the node stops (here: the host refuses) after the file's transaction committed, before the host heard
            node.host.refuse = new IllegalStateException("host down");
            node.engine.files().process(file.id());
            assertEquals(0, node.host.received.size());
            assertEquals(2, store(node).transaction(s -> s.mapper(SyncMapper.class).undelivered(10)).size());
            node.host.refuse = null;
            // another node (or this one restarted) delivers what was recorded: once, nothing lost
            SyncTestNode other = new SyncTestNode(node.simulator, node.store, "node-b", Map.of());
            try {
                other.engine.book().deliver();
                other.engine.book().deliver();
            } finally {
                other.close();
            }
            assertEquals(0, node.host.received.size(), "the other node has its own host ledger");
            assertEquals(2, other.host.received.size());
            assertTrue(store(node).transaction(s -> s.mapper(SyncMapper.class).undelivered(10)).isEmpty());
            assertNotNull(node.engine.files().find(file.id()).orElseThrow());
        }
    }

    private static io.koppel.store.Store store(SyncTestNode node) {
        return node.store;
    }
}
