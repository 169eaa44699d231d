package io.koppel.auth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.api.KoppelException;
import io.koppel.api.ReasonCode;
import io.koppel.api.connection.Connection;
import io.koppel.api.connection.ConnectionState;
import io.koppel.api.connection.DailyBudget;
import io.koppel.api.connection.Division;
import io.koppel.api.connection.ExactSite;
import io.koppel.api.connection.Journal;
import io.koppel.auth.LinkedConnection;
import io.koppel.client.ExactAuthorizationException;
import io.koppel.client.SimulatorExtension;
import io.koppel.client.SimulatorTime;
import io.koppel.simulator.DefaultDataSet;
import io.koppel.simulator.SimulatorConfig;
import io.koppel.store.DatabaseKind;
import io.koppel.store.LogFilter;
import io.koppel.store.LogRow;
import io.koppel.store.TransactionLogMapper;
import io.koppel.store.TestDatabase;
import java.net.URI;
import java.security.PrivilegedAction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin's side of a connection, through the simulator's real consent page and token endpoint. */
class ConnectionFlowTest {
    @RegisterExtension
    static final SimulatorExtension exact = SimulatorExtension.with(
            SimulatorConfig.builder().rateLimitsEnabled(false).build());
    private AuthFixture fixture;
    private TestDatabase database;
    private ConnectionManager manager;

    @BeforeEach
    void linkNothingYet() {
        database = TestDatabase.migrated(DatabaseKind.H2);
        fixture = AuthFixture.onFreshSimulator(exact.simulator());
        manager = fixture.manager(database.store());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aWrongAppRegistrationIsOneFixForTheAdminNotANewLinkForEverySchool() throws Exception {
        assertTrue(fixture.link(manager, "school-1").linked());
        manager.setDivision("school-1", DefaultDataSet.DIVISION);
        manager.setJournals("school-1", DefaultDataSet.JOURNAL_SALES, DefaultDataSet.JOURNAL_SALES_BOARDING);
        ExactApp wrongSecret = new ExactApp(ExactSite.BE, DefaultDataSet.CLIENT_ID, "not-the-secret",
                AuthFixture.REDIRECT, URI.create(exact.simulator().baseUrl()));
        ConnectionManager misconfigured = new ConnectionManager(database.store(), fixture.client, fixture.client,
                new TokenCipher(AuthFixture.KEY), new SimulatorTime(exact.simulator().clock()).asClock(),
                Duration.ofMinutes(10), () -> List.of(wrongSecret));
        exact.simulator().clock().advance(Duration.ofSeconds(580));

        KoppelException refused = assertThrows(KoppelException.class,
                () -> misconfigured.linked("school-1").tokens().accessToken());

        assertEquals(ReasonCode.APP_REGISTRATION_INVALID, refused.reason().code());
        assertEquals(ConnectionState.CONNECTED, manager.connection("school-1").orElseThrow().state(),
                "the link is kept");
        assertNotNull(manager.linked("school-1").tokens().accessToken(), "fixed registration, same link");
    }

    @Test
    void anAdminLinksASchoolAndChoosesDivisionJournalsAndCosts() throws Exception {
        URI authorization = manager.connect("school-1", ExactSite.BE);
        assertTrue(authorization.toString().startsWith(exact.simulator().baseUrl() + "/api/oauth2/auth?"), authorization.toString());
        assertTrue(authorization.getQuery().contains("client_id=" + DefaultDataSet.CLIENT_ID));
        assertEquals(ConnectionState.AWAITING_CONSENT, manager.connection("school-1").orElseThrow().state());

        Map<String, String> redirect = new ConsentBrowser().consent(authorization, DefaultDataSet.USERNAME,
                DefaultDataSet.PASSWORD, true);
        ConsentResult result = manager.complete(redirect.get("state"), redirect.get("code"), null);

        assertInstanceOf(ConsentResult.Linked.class, result, result.text(java.util.Locale.ENGLISH));
        Connection linked = manager.connection("school-1").orElseThrow();
        assertEquals(ConnectionState.INCOMPLETE, linked.state());
        assertEquals(Optional.of(DefaultDataSet.USERNAME), linked.exactUser());
        assertEquals(List.of(DefaultDataSet.DIVISION, DefaultDataSet.DIVISION_2),
                manager.divisions("school-1").stream().map(Division::code).toList());
        KoppelException incomplete = assertThrows(KoppelException.class, () -> manager.linked("school-1"));
        assertEquals(ReasonCode.CONNECTION_INCOMPLETE, incomplete.reason().code());

        assertTrue(manager.dailyBudget("school-1").isEmpty(), "no division, no budget");
        manager.setDivision("school-1", DefaultDataSet.DIVISION);
        assertEquals(List.of("70", "71", "72"), manager.salesJournals("school-1").stream().map(Journal::code).toList());
        // the division's calls so far, as Exact's X-RateLimit-* headers counted them
        DailyBudget budget = manager.dailyBudget("school-1").orElseThrow();
        assertEquals(5_000, budget.limit());
        assertEquals(budget.limit() - budget.remaining(), budget.used());
        assertTrue(budget.used() >= 1, "the journals call counts: " + budget);
        assertEquals(ReasonCode.JOURNAL_NOT_SALES, assertThrows(KoppelException.class,
                () -> manager.setJournals("school-1", DefaultDataSet.JOURNAL_PURCHASE, "71")).reason().code());
        Connection configured = manager.setJournals("school-1", DefaultDataSet.JOURNAL_SALES, "71");
        assertEquals(ConnectionState.CONNECTED, configured.state());

        assertEquals(ReasonCode.COST_CODE_TOO_LONG, assertThrows(KoppelException.class,
                () -> manager.setCosts("school-1", "KOSTENPLAATS", null)).reason().code());
        assertEquals(ReasonCode.COST_CENTER_NOT_FOUND, assertThrows(KoppelException.class,
                () -> manager.setCosts("school-1", "NIETS", null)).reason().code());
        asUser("admin", () -> manager.setCosts("school-1", DefaultDataSet.COSTCENTER_PRIMARY,
                DefaultDataSet.COSTUNIT_MEALS));

        LinkedConnection ready = manager.linked("school-1");
        assertEquals(DefaultDataSet.DIVISION, ready.division());
        assertEquals(Optional.of(DefaultDataSet.COSTCENTER_PRIMARY), ready.costCenter());
        assertNotNull(ready.tokens().accessToken());
        assertEquals(Set.of("connect BE by nobody", "consent " + DefaultDataSet.USERNAME + " by nobody",
                "set-division " + DefaultDataSet.DIVISION + " by nobody",
                "set-journals " + DefaultDataSet.JOURNAL_SALES + " 71 by nobody",
                "set-costs center " + DefaultDataSet.COSTCENTER_PRIMARY + ", unit " + DefaultDataSet.COSTUNIT_MEALS
                        + " by admin"),
                configurationChanges().stream().map(change -> change.setting() + " " + change.newValue() + " by "
                        + java.util.Objects.toString(change.changedBy(), "nobody")).collect(Collectors.toSet()));
        assertTrue(configurationChanges().stream().allMatch(change -> "55555".equals(change.searchNumber())
                && "school-1".equals(change.hostEntity())));
    }

    private List<LogRow> configurationChanges() {
        return database.store().transaction(session -> session.mapper(TransactionLogMapper.class).query(
                new LogFilter(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), null, false, true), 0, 100));
    }

    /** Runs a change as Karaf's shell runs a command: under the JAAS subject of its user. */
    private static void asUser(String user, Runnable change) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        Subject.doAs(subject, (PrivilegedAction<Void>) () -> {
            change.run();
            return null;
        });
    }

    @Test
    void aTamperedOrReplayedStateIsRefusedAndNothingIsStored() throws Exception {
        Map<String, String> redirect = new ConsentBrowser().consent(manager.connect("school-1", ExactSite.BE),
                DefaultDataSet.USERNAME, DefaultDataSet.PASSWORD, true);

        assertInstanceOf(ConsentResult.InvalidState.class,
                manager.complete(redirect.get("state") + "x", redirect.get("code"), null));
        assertInstanceOf(ConsentResult.InvalidState.class, manager.complete(null, redirect.get("code"), null));
        assertEquals(ConnectionState.AWAITING_CONSENT, manager.connection("school-1").orElseThrow().state());
        assertFalse(manager.connection("school-1").orElseThrow().exactUser().isPresent());

        assertInstanceOf(ConsentResult.Linked.class, manager.complete(redirect.get("state"), redirect.get("code"), null));
        assertInstanceOf(ConsentResult.InvalidState.class, manager.complete(redirect.get("state"), redirect.get("code"), null));
    }

    @Test
    void aDeclinedOrLateConsentLinksNothing() throws Exception {
        Map<String, String> declined = new ConsentBrowser().consent(manager.connect("school-1", ExactSite.BE),
                DefaultDataSet.USERNAME, DefaultDataSet.PASSWORD, false);
        ConsentResult result = manager.complete(declined.get("state"), declined.get("code"), declined.get("error"));
        assertInstanceOf(ConsentResult.Declined.class, result);
        assertTrue(result.text(new java.util.Locale("nl")).startsWith("Er is geen koppeling gelegd"));

        Map<String, String> late = new ConsentBrowser().consent(manager.connect("school-1", ExactSite.BE),
                DefaultDataSet.USERNAME, DefaultDataSet.PASSWORD, true);
        exact.simulator().clock().advance(Duration.ofMinutes(11));
        assertInstanceOf(ConsentResult.InvalidState.class, manager.complete(late.get("state"), late.get("code"), null));
        assertEquals(ConnectionState.AWAITING_CONSENT, manager.connection("school-1").orElseThrow().state());
    }

    @Test
    void noTokenIsStoredOrLoggedInClearText() throws Exception {
        fixture.link(manager, "school-1");
        String accessToken = manager.accessToken("school-1");

        String stored = String.join("\n", TestDatabase.rows(database.dataSource(),
                "SELECT access_token, refresh_token FROM koppel_connection"));
        assertTrue(stored.startsWith("v2:" + TokenCipher.fingerprint(AuthFixture.KEY) + ":"), stored);
        assertFalse(stored.contains(accessToken));
        assertFalse(fixture.exchanges.toString().contains(accessToken));
        assertFalse(fixture.exchanges.stream().anyMatch(exchange -> String.valueOf(exchange.path()).contains("code=")));
    }

    @Test
    void aRevokedLinkNeedsReauthorizationWithExactsReason() throws Exception {
        fixture.link(manager, "school-1");
        manager.setDivision("school-1", DefaultDataSet.DIVISION);
        manager.setJournals("school-1", "70", "71");
        exact.simulator().revokeTokens(DefaultDataSet.CLIENT_ID, DefaultDataSet.USERNAME);
        exact.simulator().clock().advance(Duration.ofSeconds(580));

        assertThrows(ExactAuthorizationException.class, () -> manager.linked("school-1").tokens().accessToken());
        Connection refused = manager.connection("school-1").orElseThrow();
        assertEquals(ConnectionState.NEEDS_REAUTHORIZATION, refused.state());
        assertEquals(ReasonCode.CONNECTION_REVOKED, refused.stateReason().orElseThrow().code());
        KoppelException waiting = assertThrows(KoppelException.class, () -> manager.linked("school-1"));
        assertTrue(waiting.reason().text(new java.util.Locale("nl")).contains("ingetrokken"));

        fixture.link(manager, "school-1");
        assertEquals(ConnectionState.CONNECTED, manager.connection("school-1").orElseThrow().state());
    }

    @Test
    void keepAliveCarriesAnIdleLinkPastThirtyDays() throws Exception {
        fixture.link(manager, "school-1");
        fixture.link(manager, "school-2");
        manager.disconnect("school-2");
        for (int day = 1; day <= 40; day++) {
            exact.simulator().clock().advance(Duration.ofDays(1));
            manager.keepIdleLinksAlive(Duration.ofDays(25));
        }

        assertNotNull(manager.accessToken("school-1"));
        assertEquals(ConnectionState.INCOMPLETE, manager.connection("school-1").orElseThrow().state());
        assertEquals(Optional.empty(), manager.connection("school-2"));
    }

    @Test
    void withoutKeepAliveALinkExpiresAfterThirtyIdleDays() throws Exception {
        fixture.link(manager, "school-1");
        exact.simulator().clock().advance(Duration.ofDays(31));

        assertThrows(ExactAuthorizationException.class, () -> manager.accessToken("school-1"));
        assertEquals(ReasonCode.CONNECTION_EXPIRED,
                manager.connection("school-1").orElseThrow().stateReason().orElseThrow().code());
    }
}
