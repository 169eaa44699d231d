package io.koppel.posting.internal;

import static io.koppel.posting.internal.Documents.address;
import static io.koppel.posting.internal.Documents.invoice;
import static io.koppel.posting.internal.Documents.meals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.api.ReasonCode;
import io.koppel.api.Status;
import io.koppel.api.connection.ConnectionState;
import io.koppel.api.posting.BillingAddress;
import io.koppel.api.posting.HostDocument;
import io.koppel.api.posting.Mandate;
import io.koppel.api.posting.Posting;
import io.koppel.client.SimulatorExtension;
import io.koppel.posting.WorkReasons;
import io.koppel.simulator.CallFilter;
import io.koppel.simulator.DefaultDataSet;
import io.koppel.simulator.ExactSimulator;
import io.koppel.simulator.FaultRule;
import io.koppel.simulator.FaultType;
import io.koppel.simulator.RecordedCall;
import io.koppel.simulator.SimulatorConfig;
import io.koppel.store.AccountLinkMapper;
import io.koppel.store.AccountLinkRow;
import io.koppel.store.ConnectionMapper;
import io.koppel.store.ConnectionRow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Exact as it answers a real school: in the language of the user who linked, with a 401 or a refused token request
 * now and then, and refusing what it would refuse of a new customer.
 */
class ExactAsItAnswersTest {
    private static final int DIVISION = DefaultDataSet.DIVISION;
    @RegisterExtension
    static final SimulatorExtension exact = SimulatorExtension.with(SimulatorConfig.builder().rateLimitsEnabled(false).build());
    private final ExactSimulator simulator = exact.simulator();
    @RegisterExtension
    final PostingFixture koppel = PostingFixture.connectedOnH2(simulator);

    @Test
    void frenchAndGermanUsersSeeTheirRefusalsRecognised() throws Exception {
        for (String user : List.of(DefaultDataSet.FR_USERNAME, DefaultDataSet.DE_USERNAME)) {
            // the first school's refusals are remembered for the division: forgotten here so the second meets Exact
            koppel.store.execute(session -> session.mapper(io.koppel.store.RefusalMapper.class)
                    .deleteOlderThan(Instant.now().plus(Duration.ofDays(1))));
            String school = "school-" + user.substring(5, 7);
            koppel.connections.connectAs(user, school, DIVISION, DefaultDataSet.JOURNAL_SALES,
                    DefaultDataSet.JOURNAL_SALES_BOARDING, null, null);
            String prefix = user.substring(5, 7).equals("fr") ? "1" : "2";
            koppel.store.execute(session -> session.mapper(AccountLinkMapper.class).insert(new AccountLinkRow(
                    prefix + "8002", DIVISION, "19724", DefaultDataSet.id(DIVISION, "Account",
                            DefaultDataSet.CUSTOMER_BLOCKED).toString(), null, null, false, false, Instant.now(),
                    Instant.now())));
            koppel.submit(
                    at(school, Documents.printedOn(invoice(prefix + "8001", address(prefix + "8001"), meals("5")),
                            LocalDate.of(LocalDate.now().getYear() - 1, 12, 3))),
                    at(school, invoice(prefix + "8002", address(prefix + "8002"), meals("5"))),
                    at(school, invoice(prefix + "8003", Documents.withMandate(address(prefix + "8003"),
                            DefaultDataSet.MANDATE_REFERENCE, Documents.VALID_IBAN, Documents.VALID_BIC), meals("5"))));
            koppel.drain();

            assertReason(prefix + "8001", ReasonCode.PERIOD_CLOSED);
            assertReason(prefix + "8002", ReasonCode.CUSTOMER_INACTIVE);
            assertReason(prefix + "8003", ReasonCode.MANDATE_REFERENCE_EXISTS);
            Posting closed = koppel.posting(prefix + "8001");
            String french = closed.reason().orElseThrow().text(Locale.FRENCH);
            assertTrue(french.startsWith("Période clôturée") || french.contains("période"), french);
            assertNotEquals(french, closed.reason().get().text(Locale.ENGLISH));
        }
        assertTrue(simulator.calls(CallFilter.all()).stream().anyMatch(call -> call.response() != null
                && call.response().contains("Kunde: Inaktiv")), "the German user's refusals came in German");
    }

    @Test
    void aRejectedAccessTokenIsRenewedOnceAndASecondRejectionStopsTheBatch() throws Exception {
        koppel.submit(invoice("1", address("1"), meals("1")));
        koppel.drain();
        // Koppel still holds the token for good (its clock and Exact's differ) when Exact answers 401
        simulator.clock().advance(Duration.ofSeconds(575));
        stretchAccessToken();
        simulator.addFault(FaultRule.of(FaultType.SERVER_ERROR).withStatus(401).onPath("SalesEntries").onMethod("POST")
                .times(1));
        koppel.submit(invoice("2", address("1"), meals("2")));
        koppel.drain();
        assertEquals(Status.COMPLETED, koppel.posting("2").status(), String.valueOf(koppel.posting("2").reason()));
        assertEquals(1, refreshes());

        simulator.clock().advance(Duration.ofSeconds(575));
        stretchAccessToken();
        long before = lastCall();
        simulator.addFault(FaultRule.of(FaultType.SERVER_ERROR).withStatus(401).onPath("SalesEntries").onMethod("POST")
                .times(2));
        koppel.submit(invoice("3", address("1"), meals("3")), invoice("4", address("1"), meals("4")),
                invoice("5", address("1"), meals("5")));
        koppel.drain();

        for (String number : List.of("3", "4", "5")) {
            Posting waiting = koppel.posting(number);
            assertEquals(ReasonCode.CONNECTION_REFUSED, waiting.reason().orElseThrow().code(), number);
            assertNotEquals(Status.FAILED, waiting.status());
        }
        List<RecordedCall> api = simulator.calls(CallFilter.all()).stream()
                .filter(call -> call.sequence() > before && call.path().startsWith("/api/v1/")).toList();
        assertEquals(2, api.size(), "one 401, one more try with a renewed token, the rest of the batch waits: " + api);
        assertEquals(2, refreshes());

        koppel.later(WorkReasons.CONNECTION_RECHECK.plusSeconds(1));
        assertEquals(Status.COMPLETED, koppel.posting("5").status(), String.valueOf(koppel.posting("5").reason()));
    }

    @Test
    void aRefusedTokenRequestKeepsTheLinkAndThePostingWaits() throws Exception {
        koppel.submit(invoice("1", address("1"), meals("1")));
        koppel.drain();
        simulator.clock().advance(Duration.ofSeconds(580));
        simulator.addFault(FaultRule.of(FaultType.RATE_LIMIT_BURST).onPath("^/api/oauth2/token$").times(1));
        // a 500 is asked again at once (its answer may be lost), so two keep it from the second round too
        simulator.addFault(FaultRule.of(FaultType.SERVER_ERROR).onPath("^/api/oauth2/token$").times(2));

        koppel.submit(invoice("2", address("1"), meals("2")));
        koppel.drain();
        assertEquals(ReasonCode.CONNECTION_TOKENS_UNAVAILABLE, koppel.posting("2").reason().orElseThrow().code());
        assertEquals(ConnectionState.CONNECTED, koppel.connections.connections().connection(Documents.SCHOOL)
                .orElseThrow().state());

        koppel.later(WorkReasons.CONNECTION_RECHECK.plusSeconds(1));
        assertEquals(ReasonCode.CONNECTION_TOKENS_UNAVAILABLE, koppel.posting("2").reason().orElseThrow().code());
        koppel.later(WorkReasons.CONNECTION_RECHECK.plusSeconds(1));
        assertEquals(Status.COMPLETED, koppel.posting("2").status(), String.valueOf(koppel.posting("2").reason()));
        assertEquals(ConnectionState.CONNECTED, koppel.connections.connections().connection(Documents.SCHOOL)
                .orElseThrow().state());
    }

    @Test
    void aRefusalWithoutReadableTextIsReadFromTheCustomersAccount() throws Exception {
        koppel.store.execute(session -> session.mapper(AccountLinkMapper.class).insert(new AccountLinkRow("9003",
                DIVISION, "19724", DefaultDataSet.id(DIVISION, "Account", "1003").toString(), null, null, false, false,
                Instant.now(), Instant.now())));
        // a 400 whose text Koppel cannot read (Exact's generic message) for a customer that is a prospect
        simulator.addFault(FaultRule.of(FaultType.SERVER_ERROR).withStatus(400).onPath("SalesEntries").onMethod("POST")
                .times(1));

        koppel.submit(invoice("9003", address("9003"), meals("5")), invoice("9004", address("9003"), meals("6")));
        koppel.drain();

        assertReason("9003", ReasonCode.CUSTOMER_WRONG_TYPE);
        assertReason("9004", ReasonCode.CUSTOMER_WRONG_TYPE);
        assertEquals(1, simulator.calls(CallFilter.path("POST", "SalesEntries")).size(),
                "the second posting of the same customer failed without calling Exact");
    }

    @Test
    void whatExactWouldRefuseOfANewCustomerFailsWithoutCallingIt() throws Exception {
        BillingAddress base = address("900");
        long before = lastCall();
        koppel.submit(
                invoice("901", with(base, "N".repeat(51), base.city(), base.emailAddresses(), Optional.empty()),
                        meals("1")),
                invoice("902", with(base, "Peeters", "C".repeat(31), base.emailAddresses(), Optional.empty()),
                        meals("1")),
                invoice("903", with(base, "Peeters", "Gent", List.of("ouders.example.be"), Optional.empty()),
                        meals("1")),
                invoice("904", with(base, "Peeters", "Gent", base.emailAddresses(), Optional.of(new Mandate(
                        "MAND-904", Documents.VALID_IBAN, Documents.VALID_BIC, LocalDate.now().plusDays(3)))),
                        meals("1")));
        koppel.drain();

        assertReason("901", ReasonCode.VALUE_TOO_LONG);
        assertReason("902", ReasonCode.VALUE_TOO_LONG);
        assertReason("903", ReasonCode.EMAIL_INVALID);
        assertReason("904", ReasonCode.MANDATE_SIGNED_IN_FUTURE);
        assertEquals(List.of(), simulator.calls(CallFilter.all()).stream()
                .filter(call -> call.sequence() > before && call.method().equals("POST")).toList());
    }

    @Test
    void aNotFoundThatIsNotAboutTheCustomerKeepsTheLink() throws Exception {
        koppel.submit(invoice("1", address("1"), meals("1")));
        koppel.drain();
        simulator.addFault(FaultRule.of(FaultType.SERVER_ERROR).withStatus(404).onPath("SalesEntries").onMethod("POST")
                .times(1));

        koppel.submit(invoice("2", address("1"), meals("2")));
        koppel.drain();

        assertEquals(Status.FAILED, koppel.posting("2").status());
        assertEquals(ReasonCode.EXACT_REJECTED, koppel.posting("2").reason().orElseThrow().code());
        assertTrue(koppel.store.transaction(session -> session.mapper(AccountLinkMapper.class).find("1", DIVISION))
                != null, "the customer link is kept");
    }

    @Test
    void whatExactBooksIsWhatTheHostPrinted() throws Exception {
        // a 21% account, as real charts of accounts have them: a line naming no VAT code gets 21% on top
        simulator.insertRow(DIVISION, "financial/GLAccounts", java.util.Map.of("ID", java.util.UUID.randomUUID(),
                "Code", "700900", "Description", "Drank", "Type", 110, "VATCode", "3  ", "IsBlocked", false,
                "UseCostcenter", 0, "UseCostunit", 0));
        koppel.submit(invoice("11", address("1"), Documents.line("Drankjes", "100.00", "700900")));
        koppel.drain();
        Posting added = koppel.posting("11");
        assertReason("11", ReasonCode.AMOUNT_MISMATCH);
        assertTrue(added.exactEntryNumber().isPresent(), "the clerk is told which entry to correct");
        assertTrue(added.reason().get().text(Locale.ENGLISH).matches(".*for 121(\\.0+)? .* prints 100\\.00.*"),
                added.reason().get().text(Locale.ENGLISH));

        koppel.connections.connections().setVatCode(Documents.SCHOOL, DefaultDataSet.VAT_EXEMPT);
        koppel.submit(invoice("12", address("1"), Documents.line("Drankjes", "100.00", "700900")));
        koppel.drain();
        assertEquals(Status.COMPLETED, koppel.posting("12").status(), String.valueOf(koppel.posting("12").reason()));
        RecordedCall post = simulator.calls(CallFilter.path("POST", "SalesEntries")).get(1);
        assertTrue(post.body().contains("\"VATCode\":\"0\"") && post.body().contains("\"Type\":20"), post.body());

        koppel.reconfigured(PostingFixture.configuration(DefaultDataSet.VAT_EXEMPT, "drankjes=" + DefaultDataSet.VAT_LOW));
        koppel.submit(invoice("13", address("1"), Documents.line("Drankjes", "100.00", "700900")));
        koppel.drain();
        Posting overridden = koppel.posting("13");
        assertTrue(overridden.reason().map(reason -> reason.text(Locale.ENGLISH)).orElse("").contains("for 106"),
                "the main category's code comes first: " + overridden.status() + " " + overridden.reason());

        io.koppel.api.KoppelException unknown = org.junit.jupiter.api.Assertions.assertThrows(
                io.koppel.api.KoppelException.class,
                () -> koppel.connections.connections().setVatCode(Documents.SCHOOL, "99"));
        assertEquals(ReasonCode.VAT_CODE_NOT_FOUND, unknown.reason().code());
    }

    private void assertReason(String number, ReasonCode expected) {
        Posting posting = koppel.posting(number);
        assertEquals(Status.FAILED, posting.status(), number + ": " + posting.reason());
        assertEquals(expected, posting.reason().orElseThrow().code(), number + ": " + posting.reason());
    }

    /** Koppel's clock says the access token is good for ten more minutes, whatever Exact thinks. */
    private void stretchAccessToken() {
        koppel.store.execute(session -> {
            ConnectionMapper connections = session.mapper(ConnectionMapper.class);
            ConnectionRow row = connections.find(Documents.SCHOOL);
            connections.update(row.withTokens(row.accessToken(), simulator.clock().now().plus(Duration.ofMinutes(10)),
                    row.refreshToken(), row.tokensRefreshedAt()));
        });
    }

    private long refreshes() {
        return simulator.calls(CallFilter.path("POST", "/api/oauth2/token")).stream()
                .filter(call -> call.body() != null && call.body().contains("grant_type=refresh_token")).count();
    }

    private long lastCall() {
        List<RecordedCall> calls = simulator.calls();
        return calls.isEmpty() ? 0 : calls.get(calls.size() - 1).sequence();
    }

    private static HostDocument at(String school, HostDocument document) {
        return new HostDocument(school, document.hostInvoiceId(), document.documentNumber(), document.type(),
                document.printDate(), document.dueDate(), document.description(), document.ogm(),
                document.billingAddress(), document.lines());
    }

    private static BillingAddress with(BillingAddress a, String name, String city, List<String> emails,
            Optional<Mandate> mandate) {
        return new BillingAddress(a.personId(), a.addressId(), a.personName(), a.salutationTitle(), name,
                a.street(), a.number(), a.box(), a.postcode(), city, a.country(), emails, mandate);
    }
}
