package io.koppel.posting.internal;

import static io.koppel.posting.internal.Documents.address;
import static io.koppel.posting.internal.Documents.invoice;
import static io.koppel.posting.internal.Documents.meals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.api.ReasonCode;
import io.koppel.api.Status;
import io.koppel.api.posting.BillingAddress;
import io.koppel.api.posting.HostDocument;
import io.koppel.api.posting.Posting;
import io.koppel.client.SimulatorExtension;
import io.koppel.simulator.CallFilter;
import io.koppel.simulator.DefaultDataSet;
import io.koppel.simulator.ExactSimulator;
import io.koppel.simulator.RecordedCall;
import io.koppel.simulator.SimulatorConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A batch at Exact's real limits (60 calls a minute, the app blocked for an hour after more than 10 errors on one
 * endpoint), on a simulator clock running 20 times as fast: refusals that repeat cost Exact one error per cause,
 * an endpoint that earns too many errors waits alone, and nothing else waits for it.
 */
class ExactLimitsTest {
    private static final int DIVISION = DefaultDataSet.DIVISION;
    @RegisterExtension
    static final SimulatorExtension exact = SimulatorExtension.with(SimulatorConfig.defaults());
    private final ExactSimulator simulator = exact.simulator();
    @RegisterExtension
    final PostingFixture koppel = PostingFixture.connectedOnH2(simulator);

    @BeforeEach
    void fasterClock() {
        // fast enough for a lean test, slow enough that a busy machine keeps to the 30 s token margin
        simulator.clock().setFactor(20);
    }

    @Test
    void aBatchWithRepeatingRefusalsCostsExactOneErrorPerCauseAndTheGoodOnesDoNotWait() throws Exception {
        List<HostDocument> batch = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            batch.add(invoice(String.valueOf(10_000 + i), address(String.valueOf(70_000 + i % 20)), meals("12.50")));
            if (i % 4 == 0) {
                int family = i / 4 % 5;
                batch.add(invoice(String.valueOf(20_000 + i), existingMandate(family), meals("30")));
            }
            if (i % 10 == 0) {
                batch.add(Documents.printedOn(invoice(String.valueOf(30_000 + i), address(String.valueOf(70_000 + i
                        % 20)), meals("7.25")), LocalDate.of(LocalDate.now().getYear() - 1, 12, 3)));
            }
        }
        assertEquals(270, batch.size());
        long start = System.nanoTime();

        koppel.submit(batch.toArray(HostDocument[]::new));
        koppel.drain();
        long millis = (System.nanoTime() - start) / 1_000_000;

        List<RecordedCall> errors = simulator.calls(CallFilter.all()).stream()
                .filter(call -> call.status() >= 400 && call.status() != 429).toList();
        List<RecordedCall> blocks = simulator.calls(CallFilter.all()).stream()
                .filter(call -> call.status() == 429 && call.response() != null && call.response().contains("blocked"))
                .toList();
        System.out.printf("[exact-limits] 270 documents in %d ms (simulator clock x20), %d calls, %d errors reached"
                + " Exact, %d blocked calls%n", millis, simulator.calls(CallFilter.all()).size(), errors.size(),
                blocks.size());
        errors.forEach(call -> System.out.printf("[exact-limits]   %d %s %s%n", call.status(), call.method(),
                call.endpoint()));
        assertTrue(errors.size() <= 7, "errors that reached Exact: " + errors);
        assertEquals(List.of(), blocks);
        for (HostDocument document : batch) {
            Posting posting = koppel.posting(document.documentNumber());
            int number = Integer.parseInt(document.documentNumber());
            if (number < 20_000) {
                assertEquals(Status.COMPLETED, posting.status(), number + ": " + posting.reason());
            } else {
                assertEquals(Status.FAILED, posting.status(), number + ": " + posting.reason());
                assertEquals(number < 30_000 ? ReasonCode.MANDATE_REFERENCE_EXISTS : ReasonCode.PERIOD_CLOSED,
                        posting.reason().orElseThrow().code());
            }
        }
    }

    @Test
    void aRefusalAnotherNodeMetIsKnownFromTheNextPassWithoutAskingExactAgain() throws Exception {
        PostingQueue nodeB = koppel.queue("node-b");
        LocalDate closed = LocalDate.of(LocalDate.now().getYear() - 1, 12, 3);
        // node B's writer reads the division's refusals in its pass: none yet
        koppel.submit(Documents.printedOn(invoice("61001", address("71001"), meals("5")), LocalDate.now()));
        PostingNode.drain(nodeB, 200);
        assertEquals(Status.COMPLETED, koppel.posting("61001").status());

        koppel.submit(Documents.printedOn(invoice("61002", address("71002"), meals("5")), closed));
        koppel.drain();
        assertEquals(ReasonCode.PERIOD_CLOSED, koppel.posting("61002").reason().orElseThrow().code());
        long refusals = refusalsByExact();

        koppel.submit(Documents.printedOn(invoice("61003", address("71003"), meals("5")), closed));
        PostingNode.drain(nodeB, 200);
        nodeB.stop(java.time.Duration.ofSeconds(10));
        assertEquals(ReasonCode.PERIOD_CLOSED, koppel.posting("61003").reason().orElseThrow().code());
        assertEquals(refusals, refusalsByExact(), "node B knew node A's refusal without calling Exact");
    }

    private long refusalsByExact() {
        return simulator.calls(CallFilter.all()).stream().filter(call -> call.status() >= 400 && call.status() != 429)
                .count();
    }

    @Test
    void anEndpointOutOfErrorBudgetWaitsAloneAndSaysUntilWhen() throws Exception {
        // seven families whose mandates all exist already, each a cause of its own: five refusals spend the
        // budget of cashflow/DirectDebitMandates, the other two wait; invoices of known customers go on
        List<HostDocument> batch = new ArrayList<>();
        for (int family = 0; family < 7; family++) {
            batch.add(invoice(String.valueOf(40_000 + family), existingMandate(family), meals("30")));
            batch.add(invoice(String.valueOf(50_000 + family), address(String.valueOf(71_000 + family)), meals("9")));
        }

        koppel.submit(batch.toArray(HostDocument[]::new));
        koppel.drain();

        assertEquals(5, simulator.calls(CallFilter.path("POST", "DirectDebitMandates")).size());
        for (int family = 0; family < 7; family++) {
            assertEquals(Status.COMPLETED, koppel.posting(String.valueOf(50_000 + family)).status());
        }
        List<Posting> paused = batch.stream().map(d -> koppel.posting(d.documentNumber()))
                .filter(p -> p.reason().map(r -> r.code() == ReasonCode.ENDPOINT_PAUSED).orElse(false)).toList();
        assertEquals(2, paused.size());
        String reason = paused.get(0).reason().orElseThrow().text(java.util.Locale.ENGLISH);
        assertTrue(reason.contains("cashflow/DirectDebitMandates") && reason.matches(".*\\d{2}/\\d{2}/\\d{4} .*"),
                reason);
    }

    @Test
    void aSpentDailyLimitWaitsUntilTheResetWithItsDateAndTime() throws Exception {
        koppel.submit(invoice("60001", address("1"), meals("1")));
        koppel.drain();
        simulator.setRateLimits(DIVISION, 60, 3);
        koppel.submit(invoice("60002", address("1"), meals("2")), invoice("60003", address("1"), meals("3")),
                invoice("60004", address("1"), meals("4")));
        koppel.drain();

        Posting waiting = koppel.posting("60004");
        assertEquals(ReasonCode.RATE_LIMITED, waiting.reason().orElseThrow().code(), String.valueOf(waiting.reason()));
        String midnight = LocalDate.ofInstant(simulator.clock().now(), java.time.ZoneOffset.UTC).plusDays(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertTrue(waiting.reason().get().text(java.util.Locale.ENGLISH).contains(midnight + " 00:00 UTC"),
                waiting.reason().get().text(java.util.Locale.ENGLISH));
    }

    /** A family whose mandate reference Exact holds already, made before Koppel. */
    private BillingAddress existingMandate(int family) {
        String reference = "MAND-OLD-" + family;
        if (simulator.rows(DIVISION, "cashflow/DirectDebitMandates", Map.of("Reference", reference)).isEmpty()) {
            simulator.insertRow(DIVISION, "cashflow/DirectDebitMandates", Map.of("ID", UUID.randomUUID(),
                    "Reference", reference, "Account", DefaultDataSet.id(DIVISION, "Account", "1001"),
                    "BankAccount", DefaultDataSet.id(DIVISION, "BankAccount", "1001"), "PaymentType", 1));
        }
        return Documents.withMandate(address(String.valueOf(60_000 + family)), reference, Documents.VALID_IBAN,
                Documents.VALID_BIC);
    }
}
