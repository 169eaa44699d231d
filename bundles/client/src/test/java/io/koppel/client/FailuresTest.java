package io.koppel.client;

import static io.koppel.client.SalesEntriesTest.CUSTOMER;
import static io.koppel.client.SalesEntriesTest.REVENUE;
import static io.koppel.simulator.DefaultDataSet.CLIENT_ID;
import static io.koppel.simulator.DefaultDataSet.DIVISION;
import static io.koppel.simulator.DefaultDataSet.DIVISION_FOREIGN;
import static io.koppel.simulator.DefaultDataSet.JOURNAL_SALES;
import static io.koppel.simulator.DefaultDataSet.USERNAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.client.model.NewSalesEntry;
import io.koppel.client.model.NewSalesEntryLine;
import io.koppel.client.model.SalesEntryQuery;
import io.koppel.simulator.FaultRule;
import io.koppel.simulator.FaultType;
import io.koppel.simulator.SimulatorConfig;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a caller gets when things go wrong, and whether it may post again. */
class FailuresTest {
    @RegisterExtension
    static final SimulatedExact exact = SimulatedExact.start(SimulatorConfig.builder().minutelyLimit(1_000_000)
            .dailyLimit(100_000_000).errorBlockThreshold(0).build(),
            ClientSettings.defaults().withReadTimeout(Duration.ofMillis(2_000)));

    @BeforeEach
    void clean() {
        exact.simulator.clearFaults();
        exact.exchanges.clear();
    }

    private NewSalesEntry entry(String yourRef) {
        LocalDate today = exact.simulator.clock().todayUtc();
        return new NewSalesEntry(CUSTOMER, JOURNAL_SALES, today, null, null, null, yourRef, "x", null, null, null,
                null, List.of(NewSalesEntryLine.of(REVENUE, new BigDecimal("5.00"), "x")));
    }

    @Test
    void revokedTokenIsUnauthorizedAndNotRetried() {
        String token = exact.simulator.issueTokens(CLIENT_ID, USERNAME).accessToken();
        exact.simulator.revokeTokens(CLIENT_ID, USERNAME);
        CallContext ctx = CallContext.of(exact.site, DIVISION, () -> token);

        ExactAuthorizationException e = assertThrows(ExactAuthorizationException.class,
                () -> exact.client.journals(ctx));

        assertEquals(ExactAuthorizationException.Reason.UNAUTHORIZED, e.reason());
        assertEquals(401, e.httpStatus());
        assertEquals(1, exact.exchanges.exchanges.size());
    }

    @Test
    void tokenSourceFailureSendsNothing() {
        CallContext ctx = CallContext.of(exact.site, DIVISION, () -> {
            throw new ExactAuthorizationException(ExactAuthorizationException.Reason.EXPIRED, "re-consent", null);
        });

        assertThrows(ExactAuthorizationException.class, () -> exact.client.journals(ctx));
        assertTrue(exact.exchanges.exchanges.isEmpty());
    }

    @Test
    void divisionNotGivenToTheAppIsForbidden() {
        ExactAuthorizationException e = assertThrows(ExactAuthorizationException.class,
                () -> exact.client.journals(exact.ctx(DIVISION_FOREIGN)));

        assertEquals(ExactAuthorizationException.Reason.FORBIDDEN, e.reason());
    }

    @Test
    void serverErrorIsTransient() {
        exact.simulator.addFault(FaultRule.of(FaultType.SERVER_ERROR));

        ExactTransientException e = assertThrows(ExactTransientException.class,
                () -> exact.client.journals(exact.ctx(DIVISION)));

        assertEquals(500, e.httpStatus());
        assertTrue(e.mayHaveReachedExact());
        assertTrue(exact.exchanges.last().failed());
    }

    @Test
    void timedOutPostMayHaveReachedExactAndDid() {
        exact.simulator.addFault(FaultRule.of(FaultType.TIMEOUT).onMethod("POST").holdFor(4_000));

        ExactTransientException e = assertThrows(ExactTransientException.class,
                () -> exact.client.createSalesEntry(exact.ctx(DIVISION), entry("T-0001")));

        assertTrue(e.mayHaveReachedExact());
        assertNull(e.httpStatus());
        Exchange exchange = exact.exchanges.last();
        assertTrue(exchange.failed());
        assertNull(exchange.httpStatus());
        assertEquals(1, exact.client.findSalesEntries(exact.ctx(DIVISION), SalesEntryQuery.byYourRef("T-0001"))
                .size(), "look up by YourRef before posting again: Exact booked it");
    }

    @Test
    void droppedResponseIsNotSentAgain() {
        exact.simulator.addFault(FaultRule.of(FaultType.DROP_AFTER_COMMIT).onMethod("POST"));

        ExactTransientException e = assertThrows(ExactTransientException.class,
                () -> exact.client.createSalesEntry(exact.ctx(DIVISION), entry("D-0001")));

        assertTrue(e.mayHaveReachedExact());
        assertEquals(1, exact.simulator.rows(DIVISION, "salesentry/SalesEntries", java.util.Map.of("YourRef",
                "D-0001")).size(), "exactly one entry: no silent second POST by the HTTP stack");
    }

    @Test
    void refusedConnectionCertainlyDidNotReachExact() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        CallContext ctx = CallContext.of(URI.create("http://127.0.0.1:" + port), DIVISION, exact.tokens);

        ExactTransientException e = assertThrows(ExactTransientException.class,
                () -> exact.client.createSalesEntry(ctx, entry("C-0001")));

        assertFalse(e.mayHaveReachedExact());
        assertTrue(exact.exchanges.last().failed());
    }

    @Test
    void failingListenerDoesNotBreakTheCall() {
        try (StandaloneExactClient client = ExactClients.create(ClientSettings.defaults(), exchange -> {
            throw new IllegalStateException("log is full");
        }, exact.exchanges)) {
            assertFalse(client.journals(exact.ctx(DIVISION)).isEmpty());
        }
        assertEquals(1, exact.exchanges.exchanges.size());
    }

    @Test
    void exchangesNeverCarryTheToken() {
        String token = exact.simulator.issueTokens(CLIENT_ID, USERNAME).accessToken();

        exact.client.journals(CallContext.of(exact.site, DIVISION, () -> token));

        Exchange exchange = exact.exchanges.last();
        assertFalse(exchange.toString().contains(token));
        assertNull(exchange.requestBody());
        assertEquals(200, exchange.httpStatus());
    }
}
