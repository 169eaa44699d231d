package io.koppel.posting.internal;

import static io.koppel.posting.internal.Documents.address;
import static io.koppel.posting.internal.Documents.invoice;
import static io.koppel.posting.internal.Documents.meals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.koppel.api.KoppelException;
import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.api.Status;
import io.koppel.api.posting.HostDocument;
import io.koppel.api.posting.Posting;
import io.koppel.client.SimulatorExtension;
import io.koppel.simulator.DefaultDataSet;
import io.koppel.simulator.ExactSimulator;
import io.koppel.simulator.FaultRule;
import io.koppel.simulator.FaultType;
import io.koppel.simulator.SimulatorConfig;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Transient failures: retried by themselves, never booked twice, Fatal when they do not pass. */
class PostingRetryTest {
    @RegisterExtension
    static final SimulatorExtension exact = SimulatorExtension.with(SimulatorConfig.builder().rateLimitsEnabled(false).build());
    private final ExactSimulator simulator = exact.simulator();
    @RegisterExtension
    final PostingFixture koppel = PostingFixture.connectedOnH2(simulator);

    @AfterEach
    void clearFaults() {
        simulator.clearFaults();
    }

    @Test
    void aDroppedAnswerIsLookedUpNotBookedTwice() throws Exception {
        HostDocument document = invoice("1001", address("16371"), meals("10"));
        simulator.addFault(FaultRule.of(FaultType.DROP_AFTER_COMMIT).onPath("SalesEntries").onMethod("POST").times(1));
        koppel.submit(document);
        koppel.drain();

        Posting retrying = koppel.posting("1001");
        assertEquals(Status.IN_PROGRESS, retrying.status());
        assertEquals(ReasonCode.RETRY_SCHEDULED, retrying.reason().orElseThrow().code());

        koppel.later(Duration.ofMinutes(1));
        Posting adopted = koppel.posting("1001");
        assertEquals(Status.COMPLETED, adopted.status());
        assertEquals(1, entries(document).size());
        assertEquals(((Number) entries(document).get(0).get("EntryNumber")).intValue(), adopted.exactEntryNumber().get());
    }

    @Test
    void aDroppedCustomerIsFoundNotCreatedTwice() throws Exception {
        HostDocument document = invoice("2001", Documents.withMandate(address("16372"), "MAND-16372",
                Documents.VALID_IBAN, Documents.VALID_BIC), meals("10"));
        simulator.addFault(FaultRule.of(FaultType.DROP_AFTER_COMMIT).onPath("crm/Accounts").onMethod("POST").times(1));
        simulator.addFault(FaultRule.of(FaultType.DROP_AFTER_COMMIT).onPath("DirectDebitMandates").onMethod("POST").times(1));
        koppel.submit(document);
        for (int round = 0; round < 3 && koppel.posting("2001").status() != Status.COMPLETED; round++) {
            koppel.later(Duration.ofMinutes(2));
        }

        assertEquals(Status.COMPLETED, koppel.posting("2001").status(), String.valueOf(koppel.posting("2001").reason()));
        assertEquals(1, simulator.rows(DefaultDataSet.DIVISION, "crm/Accounts", Map.of("Remarks", "16372")).size());
        assertEquals(1, simulator.rows(DefaultDataSet.DIVISION, "cashflow/DirectDebitMandates",
                Map.of("Reference", "MAND-16372")).size());
        assertEquals(1, entries(document).size());
    }

    @Test
    void timeoutsAndServerErrorsAreRetriedUntilTheyPass() throws Exception {
        HostDocument document = invoice("3001", address("16373"), meals("10"));
        simulator.addFault(FaultRule.of(FaultType.SERVER_ERROR).withStatus(503).onPath("SalesEntries").onMethod("POST").times(1));
        simulator.addFault(FaultRule.of(FaultType.TIMEOUT).holdFor(3_000).onPath("SalesEntries").onMethod("POST").times(1));
        koppel.submit(document);
        for (int round = 0; round < 4 && koppel.posting("3001").status() != Status.COMPLETED; round++) {
            koppel.later(Duration.ofMinutes(2));
        }

        Posting posting = koppel.posting("3001");
        assertEquals(Status.COMPLETED, posting.status(), String.valueOf(posting.reason()));
        assertEquals(1, entries(document).size());
    }

    @Test
    void retriesRunOutToFatalAndAnAdminPutsItBack() throws Exception {
        HostDocument document = invoice("4001", address("16374"), meals("10"));
        simulator.addFault(FaultRule.of(FaultType.SERVER_ERROR).withStatus(500).onPath("SalesEntries").onMethod("POST").always());
        koppel.submit(document);
        koppel.drain();
        for (int round = 0; round < 25 && koppel.posting("4001").status() == Status.IN_PROGRESS; round++) {
            koppel.later(Duration.ofMinutes(61));
        }

        Posting fatal = koppel.posting("4001");
        assertEquals(Status.FATAL, fatal.status());
        assertEquals(ReasonCode.TOO_MANY_RETRIES, fatal.reason().orElseThrow().code());
        assertEquals("20", fatal.reason().get().arguments().get(0));

        simulator.clearFaults();
        assertEquals(List.of(Status.FATAL), koppel.service.repost(List.of("4001")).stream().map(Posting::status).toList());
        assertEquals(Status.FAILED, koppel.service.resetFatal("4001").status());
        koppel.service.repost(List.of("4001"));
        koppel.drain();
        assertEquals(Status.COMPLETED, koppel.posting("4001").status());
        assertEquals(1, entries(document).size());
    }

    @Test
    void onlyAFatalPostingIsPutBack() throws Exception {
        KoppelException unknown = assertThrows(KoppelException.class, () -> koppel.service.resetFatal("4999"));
        assertEquals(Reason.of(ReasonCode.POSTING_NOT_FOUND, "4999"), unknown.reason());

        koppel.submit(invoice("4003", address("16374"), meals("10")));
        koppel.drain();
        KoppelException completed = assertThrows(KoppelException.class, () -> koppel.service.resetFatal("4003"));
        assertEquals(Reason.of(ReasonCode.POSTING_NOT_FATAL, "4003"), completed.reason());
        assertEquals("Document 4003 staat niet op Fataal: alleen een fatale boeking kan terug op Mislukt gezet worden.",
                completed.reason().text(new Locale("nl", "BE")));
        assertEquals(Status.COMPLETED, koppel.posting("4003").status());
    }

    private List<Map<String, Object>> entries(HostDocument document) {
        return simulator.rows(DefaultDataSet.DIVISION, "salesentry/SalesEntries", Map.of("YourRef", document.ogm()));
    }
}
