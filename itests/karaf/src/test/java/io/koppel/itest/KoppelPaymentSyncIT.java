package io.koppel.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import io.koppel.api.KoppelException;
import io.koppel.api.Ogm;
import io.koppel.api.ReasonCode;
import io.koppel.api.Status;
import io.koppel.api.connection.ConnectionService;
import io.koppel.api.connection.ConnectionState;
import io.koppel.api.posting.BillingAddress;
import io.koppel.api.posting.DocumentLine;
import io.koppel.api.posting.DocumentType;
import io.koppel.api.posting.HostDocument;
import io.koppel.api.posting.Posting;
import io.koppel.api.posting.PostingService;
import io.koppel.api.spi.SettlementHandler;
import io.koppel.api.sync.Ledger;
import io.koppel.api.sync.MigratedDocument;
import io.koppel.api.sync.PaymentHandling;
import io.koppel.api.sync.PaymentSyncService;
import io.koppel.api.sync.Settlement;
import io.koppel.api.sync.SettlementKind;
import io.koppel.api.sync.SyncFile;
import io.koppel.api.sync.SyncFileStatus;
import io.koppel.api.sync.SyncHealth;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.apache.karaf.features.BootFinished;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/**
 * Payment sync in a real Karaf against the simulator: a school's invoices are posted, paid in Exact in full, in part,
 * too much, written off, then a match is undone; a sync file made with koppel:sync-file settles them through the
 * host's SettlementHandler (credit notes and documents booked before Koppel too, never one the host settles by hand)
 * and is refused once its number was processed, also when two callers process files of one number at once;
 * automatic mode settles on its own, after a division move tells the host nothing twice, and shows a document whose
 * entry does not match in koppel:sync-status; a restart of the sync bundle during an automatic run tells the host
 * nothing twice.
 */
@RunWith(KoppelPaxExam.class)
@RunOn(Database.H2)
@ExamReactorStrategy(PerClass.class)
public class KoppelPaymentSyncIT {
    private static final String SCHOOL = "campus-bernardus";
    private static final int DIVISION = 100001;

    @Inject
    ConnectionService connections;

    @Inject
    PostingService postings;

    @Inject
    PaymentSyncService sync;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    BundleContext bundleContext;

    @Inject
    BootFinished bootFinished;

    private final ContainerSimulator simulator = new ContainerSimulator();
    private final List<Settlement> settled = new CopyOnWriteArrayList<>();
    private ServiceRegistration<SettlementHandler> host;
    private KarafShell shell;

    @Configuration
    public Option[] configuration() {
        // a division move is looked for at every run, not once a day
        return KoppelOptions.linkedToSimulator(DriverSideSimulator.baseUrl(),
                editConfigurationFilePut("etc/io.koppel.sync.cfg", "moveCheckHours", "0"));
    }

    @Before
    public void koppelIsUpAndTheHostListens() throws Exception {
        Koppel.awaitServices(bundleContext);
        shell = new KarafShell(sessionFactory);
        host = bundleContext.registerService(SettlementHandler.class,
                (ledger, settlements, date) -> settled.addAll(settlements), new Hashtable<>());
        ensureLinked();
    }

    @After
    public void hostStops() {
        host.unregister();
    }

    @Test
    public void aSyncFileSettlesPaidPartlyPaidOverpaidAndReopenedInvoicesOnce() throws Exception {
        List<HostDocument> documents = List.of(document("P-1", 101, "40.00"), document("P-2", 102, "30.00"),
                document("P-3", 103, "20.00"), document("P-4", 104, "10.00"));
        List<Posting> booked = post(documents);
        // what earlier tests in this container overpaid is in every file; this test adds one credit to it
        shell.run("koppel:sync-file --entities " + SCHOOL + " --name Bernardus create BER");
        SyncFile beforePayments = sync.syncFiles("BER").get(0);
        awaitReady(beforePayments);
        int creditsBefore = sync.syncFile(beforePayments.id()).orElseThrow().unallocatedCredit().size();
        pay(booked.get(0), "PAYMENT", null);
        pay(booked.get(1), "PAYMENT", "12.50");
        pay(booked.get(2), "OVERPAYMENT", "25.00");
        pay(booked.get(3), "PAYMENT", null);

        String created = shell.run("koppel:sync-file --entities " + SCHOOL + " --name Bernardus create BER");
        assertTrue(created, created.contains("READY") && created.contains("ExactOnlineSyncFile-Bernardus-"));
        SyncFile file = sync.syncFiles("BER").get(0);
        SyncFile other = sync.createSyncFile("BER");
        awaitReady(other);
        assertEquals("the number stays until a file is processed", file.sequenceNumber(),
                sync.syncFile(other.id()).orElseThrow().sequenceNumber());

        String processed = shell.run("koppel:sync-file process " + file.id());
        assertTrue(processed, processed.contains("PROCESSED"));
        assertEquals(SettlementKind.FULLY_PAID, last("P-1").kind());
        assertEquals(SettlementKind.PARTIALLY_PAID, last("P-2").kind());
        assertEquals(0, new BigDecimal("17.50").compareTo(last("P-2").outstandingAmount()));
        assertEquals(SettlementKind.FULLY_PAID, last("P-3").kind());
        assertEquals("never more than the invoice", 0, new BigDecimal("20.00").compareTo(last("P-3").paidAmount()));
        assertEquals(creditsBefore + 1, sync.syncFile(file.id()).orElseThrow().unallocatedCredit().size());
        byte[] pdf = sync.report(file.id(), io.koppel.api.sync.ReportFormat.PDF);
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        byte[] xlsx = sync.report(file.id(), io.koppel.api.sync.ReportFormat.XLSX);
        assertEquals("an .xlsx is a zip", "PK", new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.US_ASCII));

        try {
            sync.process(other.id());
            fail("a file of a processed number was processed");
        } catch (KoppelException refused) {
            assertEquals(ReasonCode.SYNC_SEQUENCE_PROCESSED, refused.reason().code());
        }
        try {
            shell.run("koppel:sync-file process " + other.id());
            fail("the shell processed a file of a processed number");
        } catch (RuntimeException | AssertionError refused) {
            assertTrue(String.valueOf(refused), String.valueOf(refused).contains("processed already"));
        }

        pay(booked.get(3), "REVERSAL", null);
        int before = settled.size();
        String next = shell.run("koppel:sync-file create BER");
        assertTrue(next, next.contains("READY") && next.contains("1 settlements"));
        SyncFile reopening = sync.syncFiles("BER").get(0);
        sync.process(sync.download(reopening.id()));
        assertEquals(before + 1, settled.size());
        assertEquals(SettlementKind.REOPENED, last("P-4").kind());
        String shown = shell.run("koppel:sync-file show " + reopening.id());
        assertTrue(shown, shown.contains("P-4") && shown.contains("REOPENED"));
        Report.print("sync files in Karaf:\n" + shell.run("koppel:sync-file list BER") + shown);
    }

    @Test
    public void automaticModeSettlesOnItsOwnFromItsCursor() throws Exception {
        List<Posting> booked = post(List.of(document("A-1", 201, "15.00"), document("A-2", 202, "25.00")));
        String on = shell.run("koppel:sync-status --automatic --tolerance 50 " + SCHOOL);
        assertTrue(on, on.contains(SCHOOL) && on.contains("on") && on.contains("50 ct"));
        shell.run("koppel:sync-now " + SCHOOL);
        pay(booked.get(0), "PAYMENT", null);
        pay(booked.get(1), "PAYMENT", "24.70");
        String ran = shell.run("koppel:sync-now " + SCHOOL);
        assertTrue(ran, ran.contains("no error"));
        assertEquals(SettlementKind.FULLY_PAID, last("A-1").kind());
        assertEquals("a rest of 30 cents is within the tolerance", SettlementKind.FULLY_PAID, last("A-2").kind());
        SyncHealth health = sync.health(SCHOOL);
        assertTrue(health.automatic());
        assertNull(health.lastError());
        Report.print("automatic payment sync in Karaf:\n" + shell.run("koppel:sync-status"));
        sync.configureAutomatic(SCHOOL, false, 0);
    }

    @Test
    public void aSyncFileReportsWriteOffsCreditNotesAndMigratedDocumentsAndLeavesOnesSettledByHand() throws Exception {
        List<Posting> booked = post(List.of(document("W-1", 301, "50.00"), creditNote("C-1", 302, "25.00"),
                document("H-1", 303, "20.00"), document("M-1", 304, "70.00")));
        Posting migrated = booked.get(3);
        // M-1 was booked before Koppel: Koppel does not know it until the host registers it
        forgetPosting("M-1");
        sync.registerMigrated(new MigratedDocument(SCHOOL, "M-1", "INV-304", migrated.ogm(),
                migrated.exactEntryNumber().orElseThrow(), new BigDecimal("70.00")));
        sync.setHandling("H-1", PaymentHandling.BY_HAND);
        pay(booked.get(0), "WRITE_OFF", null);
        pay(booked.get(1), "PAYMENT", "-25.00");
        pay(booked.get(2), "PAYMENT", null);
        pay(migrated, "PAYMENT", null);

        sync.defineLedger(new Ledger("WRO", "Wijnegem", Set.of(SCHOOL)));
        SyncFile file = sync.createSyncFile("WRO");
        awaitReady(file);
        SyncFile processed = sync.process(file.id());
        assertEquals(SyncFileStatus.PROCESSED, processed.status());
        Set<String> ours = Set.of("W-1", "C-1", "H-1", "M-1");
        assertEquals("settled by hand: never in a file", Set.of("W-1", "C-1", "M-1"), processed.settlements().stream()
                .map(Settlement::documentNumber).filter(ours::contains).collect(Collectors.toSet()));
        Settlement writtenOff = last("W-1");
        assertEquals(0, new BigDecimal("50.00").compareTo(writtenOff.writtenOffAmount()));
        assertEquals("a write-off is no payment", 0, writtenOff.paidAmount().signum());
        assertEquals(SettlementKind.FULLY_PAID, last("C-1").kind());
        assertEquals(SettlementKind.FULLY_PAID, last("M-1").kind());
        assertTrue("H-1 reached the host", settled.stream().noneMatch(s -> s.documentNumber().equals("H-1")));
        Report.print("sync file with a write-off, a credit note and a migrated document:\n"
                + shell.run("koppel:sync-file show " + file.id()));
    }

    @Test
    public void ofTwoCallersProcessingFilesOfOneNumberExactlyOneWins() throws Exception {
        pay(post(List.of(document("T-1", 401, "10.00"))).get(0), "PAYMENT", null);
        sync.defineLedger(new Ledger("TWO", "Tweemaal", Set.of(SCHOOL)));
        SyncFile first = sync.createSyncFile("TWO");
        SyncFile second = sync.createSyncFile("TWO");
        awaitReady(first);
        awaitReady(second);
        assertEquals(first.sequenceNumber(), second.sequenceNumber());
        ExecutorService clerks = Executors.newFixedThreadPool(2);
        List<String> refused = new CopyOnWriteArrayList<>();
        int won = 0;
        try {
            List<Callable<Boolean>> both = new ArrayList<>();
            for (SyncFile file : List.of(first, second)) {
                both.add(() -> {
                    try {
                        sync.process(file.id());
                        return true;
                    } catch (KoppelException e) {
                        refused.add(e.reason().code().name());
                        return false;
                    }
                });
            }
            for (Future<Boolean> result : clerks.invokeAll(both)) {
                won += result.get() ? 1 : 0;
            }
        } finally {
            clerks.shutdownNow();
        }
        assertEquals(1, won);
        assertEquals(List.of(ReasonCode.SYNC_SEQUENCE_PROCESSED.name()), refused);
        assertEquals("T-1 reached the host once", 1,
                settled.stream().filter(s -> s.documentNumber().equals("T-1")).count());
    }

    @Test
    public void automaticModeRebuildsAfterADivisionMoveWithoutTellingTheHostTwice() throws Exception {
        List<Posting> booked = post(List.of(document("V-1", 501, "20.00"), document("V-2", 502, "30.00")));
        sync.configureAutomatic(SCHOOL, true, 0);
        try {
            sync.runNow(SCHOOL);
            pay(booked.get(0), "PAYMENT", null);
            sync.runNow(SCHOOL);
            assertEquals(SettlementKind.FULLY_PAID, last("V-1").kind());

            simulator.control("POST", "divisions/move", "{\"division\":" + DIVISION + "}");
            pay(booked.get(1), "PAYMENT", "10.00");
            SyncHealth after = sync.runNow(SCHOOL);
            assertNull(after.lastError());
            assertTrue("still catching up after the move", !after.catchingUp());
            assertEquals(SettlementKind.PARTIALLY_PAID, last("V-2").kind());
            assertEquals("V-1 told once, before the move", 1,
                    settled.stream().filter(s -> s.documentNumber().equals("V-1")).count());
            Report.print("automatic payment sync after a division move:\n" + shell.run("koppel:sync-status"));
        } finally {
            sync.configureAutomatic(SCHOOL, false, 0);
        }
    }

    @Test
    public void aMismatchFoundInAutomaticModeShowsInSyncStatus() throws Exception {
        Posting booked = post(List.of(document("X-1", 601, "12.00"))).get(0);
        String otherOgm = Ogm.of(6601).toString();
        // Koppel holds another OGM than Exact's entry carries: reported, never settled
        changePosting("UPDATE koppel_posting SET ogm = ? WHERE document_number = ?", otherOgm, "X-1");
        sync.configureAutomatic(SCHOOL, true, 0);
        try {
            sync.runNow(SCHOOL);
            pay(booked, "PAYMENT", null);
            SyncHealth health = sync.runNow(SCHOOL);
            assertEquals(List.of("X-1"), health.mismatches().stream().map(m -> m.documentNumber())
                    .filter(d -> d.startsWith("X-")).collect(Collectors.toList()));
            assertEquals(ReasonCode.SYNC_OGM_MISMATCH, health.mismatches().stream()
                    .filter(m -> m.documentNumber().equals("X-1")).findFirst().orElseThrow().reason().code());
            assertTrue("X-1 was settled", settled.stream().noneMatch(s -> s.documentNumber().equals("X-1")));
            String status = shell.run("koppel:sync-status " + SCHOOL);
            assertTrue(status, status.contains("not settled") && status.contains("X-1") && status.contains(otherOgm));
            Report.print("a mismatch in koppel:sync-status:\n" + status);
        } finally {
            sync.configureAutomatic(SCHOOL, false, 0);
        }
    }

    @Test
    public void automaticModeTellsNothingTwiceWhenTheBundleRestartsDuringARun() throws Exception {
        List<Posting> booked = post(List.of(document("R-1", 701, "11.00"), document("R-2", 702, "22.00")));
        sync.configureAutomatic(SCHOOL, true, 0);
        Bundle syncBundle = Arrays.stream(bundleContext.getBundles())
                .filter(b -> "io.koppel.sync".equals(b.getSymbolicName())).findFirst().orElseThrow();
        PaymentSyncService restarted = sync;
        try {
            sync.runNow(SCHOOL);
            pay(booked.get(0), "PAYMENT", null);
            pay(booked.get(1), "PAYMENT", "2.00");
            // the run reads the changed terms, then waits on Exact's deletions while the bundle restarts
            simulator.control("POST", "faults", "{\"type\":\"LATENCY\",\"path\":\"sync/Deleted\",\"times\":1,"
                    + "\"latencyMillis\":4000}");
            PaymentSyncService before = sync;
            CompletableFuture<Long> inFlight = CompletableFuture.supplyAsync(() -> {
                try {
                    Report.print("the run in flight during the restart: " + before.runNow(SCHOOL));
                } catch (RuntimeException stopped) {
                    Report.print("the run in flight during the restart: " + stopped);
                }
                return System.nanoTime();
            });
            Thread.sleep(1500);
            long restarting = System.nanoTime();
            syncBundle.stop();
            syncBundle.start();
            assertTrue("the run ended before the restart", inFlight.get(60, TimeUnit.SECONDS) > restarting);
            restarted = awaitSyncService();
            SyncHealth after = restarted.runNow(SCHOOL);
            assertNull(after.lastError());
            assertEquals(SettlementKind.FULLY_PAID, last("R-1").kind());
            assertEquals(SettlementKind.PARTIALLY_PAID, last("R-2").kind());
            assertEquals("settled once across the restart: " + settled, 2, settled.stream()
                    .filter(s -> s.documentNumber().startsWith("R-")).map(Settlement::documentNumber).distinct().count());
            restarted.runNow(SCHOOL);
            assertEquals("nothing new after the restart's run", 2, settled.stream()
                    .filter(s -> s.documentNumber().startsWith("R-")).map(Settlement::documentNumber).distinct().count());
        } finally {
            simulator.control("DELETE", "faults", null);
            if (syncBundle.getState() != Bundle.ACTIVE) {
                syncBundle.start();
            }
            awaitSyncService().configureAutomatic(SCHOOL, false, 0);
        }
    }

    private PaymentSyncService awaitSyncService() throws Exception {
        Koppel.awaitNone("no PaymentSyncService after the restart", () ->
                bundleContext.getServiceReference(PaymentSyncService.class) == null ? List.of("missing") : List.of());
        return bundleContext.getService(bundleContext.getServiceReference(PaymentSyncService.class));
    }

    private Settlement last(String documentNumber) {
        List<Settlement> of = settled.stream().filter(s -> s.documentNumber().equals(documentNumber))
                .collect(Collectors.toList());
        assertTrue("no settlement of " + documentNumber + " in " + settled, !of.isEmpty());
        return of.get(of.size() - 1);
    }

    private void awaitReady(SyncFile file) throws Exception {
        Koppel.awaitNone("sync file not ready", () -> sync.syncFile(file.id()).orElseThrow().status()
                == SyncFileStatus.CREATING ? List.of(file.id()) : List.of());
    }

    private List<Posting> post(List<HostDocument> documents) throws Exception {
        postings.submit(documents);
        Koppel.awaitNone("postings still on their way", () -> documents.stream()
                .map(d -> postings.posting(d.documentNumber()).orElseThrow())
                .filter(p -> !p.status().isFinal())
                .map(p -> p.documentNumber() + " " + p.status() + " " + p.reason())
                .collect(Collectors.toList()));
        List<Posting> booked = new ArrayList<>();
        for (HostDocument d : documents) {
            Posting posting = postings.posting(d.documentNumber()).orElseThrow();
            assertEquals(d.documentNumber() + " " + posting.reason(), Status.COMPLETED, posting.status());
            booked.add(posting);
        }
        return booked;
    }

    private void pay(Posting posting, String kind, String amount) throws Exception {
        simulator.control("POST", "payments", "{\"division\":" + DIVISION + ",\"entryNumber\":"
                + posting.exactEntryNumber().orElseThrow() + ",\"kind\":\"" + kind + "\""
                + (amount == null ? "" : ",\"amount\":\"" + amount + "\"") + "}");
    }

    private void ensureLinked() throws Exception {
        if (!connections.connection(SCHOOL).map(c -> c.state() == ConnectionState.CONNECTED).orElse(false)) {
            simulator.link(shell, SCHOOL, DIVISION);
        }
    }

    /** Deletes a posting from Koppel's database, as if its document had been booked in Exact before Koppel. */
    private void forgetPosting(String documentNumber) throws Exception {
        changePosting("DELETE FROM koppel_posting WHERE document_number = ?", documentNumber);
    }

    /** Runs one change of one posting on Koppel's database, the same the container's Koppel uses. */
    private void changePosting(String sql, String... parameters) throws Exception {
        ServiceReference<?> reference = bundleContext.getServiceReferences(DataSource.class.getName(),
                KoppelExpectations.DATASOURCE_FILTER)[0];
        DataSource dataSource = (DataSource) bundleContext.getService(reference);
        try (Connection c = dataSource.getConnection();
             PreparedStatement change = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                change.setString(i + 1, parameters[i]);
            }
            assertEquals(1, change.executeUpdate());
        } finally {
            bundleContext.ungetService(reference);
        }
    }

    private static HostDocument creditNote(String number, int sequence, String amount) {
        HostDocument d = document(number, sequence, amount);
        return new HostDocument(d.hostEntity(), d.hostInvoiceId(), d.documentNumber(), DocumentType.CREDIT_NOTE,
                d.printDate(), d.dueDate(), d.description(), d.ogm(), d.billingAddress(), d.lines());
    }

    private static HostDocument document(String number, int sequence, String amount) {
        BillingAddress address = new BillingAddress("19724", "A" + sequence, "Peeters Jan", "Familie", "Peeters",
                "Kerkstraat", "12", null, "9000", "Gent", "BE", List.of("ouders@example.be"), Optional.empty());
        return new HostDocument(SCHOOL, "INV-" + sequence, number, DocumentType.INVOICE, LocalDate.now(),
                LocalDate.now().plusDays(30), "Rekeningen " + LocalDate.now().getMonth(),
                Ogm.of(7_000 + sequence).toString(), address,
                List.of(new DocumentLine("Maaltijden", new BigDecimal(amount), "701000")));
    }

}
