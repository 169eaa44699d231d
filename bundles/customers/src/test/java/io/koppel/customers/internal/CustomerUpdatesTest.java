package io.koppel.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.api.Ogm;
import io.koppel.api.ReasonCode;
import io.koppel.api.Status;
import io.koppel.api.connection.ExactSite;
import io.koppel.api.customer.CustomerUpdate;
import io.koppel.api.posting.BillingAddress;
import io.koppel.api.posting.DocumentType;
import io.koppel.api.posting.HostDocument;
import io.koppel.auth.LinkedConnection;
import io.koppel.client.SimulatorExtension;
import io.koppel.posting.internal.Documents;
import io.koppel.simulator.CallFilter;
import io.koppel.simulator.DefaultDataSet;
import io.koppel.simulator.FaultRule;
import io.koppel.simulator.FaultType;
import io.koppel.simulator.SimulatorConfig;
import io.koppel.store.AccountLinkMapper;
import io.koppel.store.AccountLinkRow;
import io.koppel.store.ConnectionMapper;
import io.koppel.store.ConnectionRow;
import io.koppel.store.DatabaseKind;
import io.koppel.store.TestDatabase;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Customer updates through the posting queue's division writers, against the simulator over HTTP, on H2. */
class CustomerUpdatesTest {
    @RegisterExtension
    static final SimulatorExtension exact = SimulatorExtension.with(SimulatorConfig.defaults());
    private static final AtomicInteger DOCUMENTS = new AtomicInteger(100);
    private CustomersFixture koppel;

    @BeforeEach
    void connect() throws Exception {
        koppel = CustomersFixture.connectedOn(exact.simulator(), TestDatabase.migrated(DatabaseKind.H2).store());
    }

    @AfterEach
    void stop() throws InterruptedException {
        koppel.close();
    }

    @Test
    void aChangeReachesEveryLinkedDivisionOnceAndTheSameChangeAgainCostsNoCall() throws Exception {
        BillingAddress address = Documents.address("16371");
        postedInEverySchool(address);

        List<CustomerUpdate> queued = koppel.customers.addressChanged(moved(address, "Veldstraat", "9050",
                "Gentbrugge", List.of("mama@example.be", "papa@example.be")));
        assertEquals(3, queued.size());
        assertTrue(queued.stream().allMatch(update -> update.status() == Status.NEW));
        koppel.drain();

        assertEquals(3, puts());
        for (int division : CustomersFixture.DIVISIONS) {
            Map<String, Object> account = koppel.account(division, "16371");
            assertEquals("Veldstraat 12 bus 3", account.get("AddressLine1"));
            assertEquals("Gentbrugge", account.get("City"));
            assertEquals("mama@example.be,papa@example.be", account.get("Email"));
            assertEquals("Peeters", account.get("Name"));
        }
        assertTrue(koppel.customers.updates("16371").stream().allMatch(u -> u.status() == Status.COMPLETED));
        String sent = koppel.simulator.calls(CallFilter.path("PUT", "crm/Accounts")).get(0).body();
        assertEquals("{\"Name\":\"Peeters\",\"Email\":\"mama@example.be,papa@example.be\","
                + "\"AddressLine1\":\"Veldstraat 12 bus 3\",\"Postcode\":\"9050\",\"City\":\"Gentbrugge\","
                + "\"Country\":\"BE\"}", sent, "the first update sends every field it keeps: from then on, only changes");

        koppel.changed(moved(address, "Veldstraat", "9050", "Gentbrugge",
                List.of("mama@example.be", "papa@example.be"))).drain();
        assertEquals(3, puts(), "the same state again costs no call");

        koppel.changed(moved(address, "Veldstraat", "9050", "Gentbrugge", List.of("mama@example.be"))).drain();
        assertEquals(6, puts(), "a removed e-mail address is a change");
        assertEquals("{\"Email\":\"mama@example.be\"}",
                koppel.simulator.calls(CallFilter.path("PUT", "crm/Accounts")).get(5).body());
    }

    @Test
    void tenChangesBeforeTheNextTurnBecomeOneUpdatePerDivisionWithTheNewest() throws Exception {
        BillingAddress address = Documents.address("16372");
        postedInEverySchool(address);

        for (int change = 1; change <= 10; change++) {
            koppel.changed(moved(address, "Stationsstraat " + change, "9000", "Gent", address.emailAddresses()));
        }
        koppel.drain();

        assertOneCallPerDivisionWith("16372", "Stationsstraat 10 12 bus 3");
    }

    @Test
    void tenChangesInAMinuteSettleIntoOneUpdatePerDivision() throws Exception {
        BillingAddress address = Documents.address("16380");
        postedInEverySchool(address);
        CustomerUpdates settling = new CustomerUpdates(koppel.store, koppel.clock, Duration.ofMinutes(1));

        for (int change = 1; change <= 10; change++) {
            settling.addressChanged(moved(address, "Brugsestraat " + change, "9000", "Gent", address.emailAddresses()));
            koppel.later(Duration.ofSeconds(5));
        }
        assertEquals(0, puts(), "the first change is due a minute after it came");
        koppel.later(Duration.ofSeconds(15));

        assertOneCallPerDivisionWith("16380", "Brugsestraat 10 12 bus 3");
    }

    @Test
    void aDivisionWithTheSameNumberOnAnotherSiteNeitherGetsNorHoldsUpTheUpdate() throws Exception {
        BillingAddress address = Documents.address("16381");
        int division = CustomersFixture.DIVISIONS.get(0);
        koppel.submit(List.of(invoice("school-1", address)));
        koppel.drain();
        assertEquals(ExactSite.BE, koppel.store.transaction(s -> s.mapper(AccountLinkMapper.class)
                .find("16381", division)).site(), "posting records the site its customer is made on");
        // a location on the Dutch site whose division has the same number, its name sorting first
        koppel.store.execute(s -> s.mapper(ConnectionMapper.class).insert(ConnectionRow
                .awaitingConsent("school-0-nl", ExactSite.NL, koppel.clock.instant())
                .inDivision(division, koppel.clock.instant())));
        LinkedConnection dutch = new LinkedConnection("school-0-nl", URI.create("http://127.0.0.1:9"), division,
                DefaultDataSet.JOURNAL_SALES, DefaultDataSet.JOURNAL_SALES_BOARDING, Optional.empty(),
                Optional.empty(), () -> "dutch-token");

        List<CustomerUpdate> queued = koppel.customers.addressChanged(moved(address, "Zuidlaan", "8400", "Oostende",
                address.emailAddresses()));
        assertEquals(1, queued.size());
        assertEquals(false, koppel.updater.workOne(dutch), "the Dutch division's writer has no update there");
        assertEquals(Status.NEW, koppel.customers.updates("16381").get(0).status());
        koppel.drain();

        assertEquals(1, puts());
        assertEquals("Oostende", koppel.account(division, "16381").get("City"));
        assertEquals(Status.COMPLETED, koppel.customers.updates("16381").get(0).status());
    }

    @Test
    void anAddressNeverPostedQueuesNothingAndItsFirstPostingUsesTheNewestState() throws Exception {
        BillingAddress address = Documents.address("16373");
        assertEquals(List.of(), koppel.customers.addressChanged(moved(address, "Nieuwstraat", "2000", "Antwerpen",
                List.of("nieuw@example.be"))));
        koppel.drain();
        assertEquals(0, puts());

        koppel.submit(List.of(invoice("school-1", address)));
        koppel.drain();

        Map<String, Object> account = koppel.account(CustomersFixture.DIVISIONS.get(0), "16373");
        assertEquals("Antwerpen", account.get("City"));
        assertEquals("nieuw@example.be", account.get("Email"));
        assertEquals(0, puts());
    }

    @Test
    void aChangeWhileTheFirstPostingCreatesTheCustomerIsNotLost() throws Exception {
        BillingAddress address = Documents.address("16374");
        int division = CustomersFixture.DIVISIONS.get(0);
        // the first posting has stored its link and is about to create the account
        koppel.store.execute(s -> s.mapper(AccountLinkMapper.class).insert(AccountLinkRow.creating("16374",
                ExactSite.BE, division, address.personId(), false, koppel.clock.instant())));
        koppel.changed(moved(address, "Molenstraat", "8000", "Brugge", address.emailAddresses())).drain();
        CustomerUpdate waiting = koppel.customers.updates("16374").get(0);
        assertEquals(Status.IN_PROGRESS, waiting.status());
        assertEquals(ReasonCode.CUSTOMER_UPDATE_WAITING_FOR_CUSTOMER, waiting.reason().orElseThrow().code());
        assertEquals(0, puts());

        koppel.submit(List.of(invoice("school-1", address)));
        koppel.drain();
        koppel.changed(moved(address, "Kapelstraat", "8000", "Brugge", address.emailAddresses()));
        koppel.later(CustomerUpdater.CUSTOMER_BEING_CREATED);

        assertEquals("Kapelstraat 12 bus 3", koppel.account(division, "16374").get("AddressLine1"));
        assertEquals(Status.COMPLETED, koppel.customers.updates("16374").get(0).status());
    }

    @Test
    void whatExactWouldRefuseIsRefusedLocallyWithoutACall() throws Exception {
        BillingAddress address = Documents.address("16375");
        postedInEverySchool(address);

        koppel.changed(Documents.named(address, " ")).drain();
        assertFailed("16375", ReasonCode.CUSTOMER_UPDATE_VALUE_EMPTY);
        koppel.changed(moved(address, "Kerkstraat", "9000", "Gent", List.of("geen-adres"))).drain();
        assertFailed("16375", ReasonCode.CUSTOMER_UPDATE_EMAIL_INVALID);
        koppel.changed(moved(address, "Kerkstraat", "9000", "G".repeat(31), address.emailAddresses())).drain();
        assertFailed("16375", ReasonCode.CUSTOMER_UPDATE_VALUE_TOO_LONG);
        assertEquals(0, puts());
        assertEquals("City is longer than the 30 characters Exact allows: " + "G".repeat(31)
                + ". The customer in Exact was not updated: shorten it in the host.",
                koppel.customers.updates("16375").get(0).reason().orElseThrow().text(java.util.Locale.ENGLISH));
    }

    @Test
    void anInactiveOrUnknownCustomerFailsWithAReasonTheClerkCanActOn() throws Exception {
        BillingAddress address = Documents.address("16376");
        postedInEverySchool(address);
        int first = CustomersFixture.DIVISIONS.get(0);
        int second = CustomersFixture.DIVISIONS.get(1);
        String inactive = koppel.account(first, "16376").get("ID").toString();
        koppel.client.updateAccount(koppel.connections.access().linked("school-1").context("test", "block"),
                java.util.UUID.fromString(inactive), new io.koppel.client.model.AccountChanges(
                        io.koppel.client.model.AccountFields.builder().blocked(true).build()));
        // an account Exact no longer knows (deleted there; Exact keeps it while entries use it, the simulator too)
        koppel.store.execute(s -> {
            AccountLinkMapper links = s.mapper(AccountLinkMapper.class);
            links.update(links.find("16376", second).withAccount(java.util.UUID.randomUUID().toString(),
                    koppel.clock.instant()));
        });

        koppel.changed(moved(address, "Dorpstraat", "9000", "Gent", address.emailAddresses())).drain();

        Map<Integer, CustomerUpdate> byDivision = new java.util.HashMap<>();
        koppel.customers.updates("16376").forEach(update -> byDivision.put(update.division(), update));
        assertEquals(ReasonCode.CUSTOMER_UPDATE_CUSTOMER_INACTIVE,
                byDivision.get(first).reason().orElseThrow().code());
        assertEquals(Status.FAILED, byDivision.get(first).status());
        assertEquals(ReasonCode.CUSTOMER_UPDATE_CUSTOMER_GONE, byDivision.get(second).reason().orElseThrow().code());
        assertNull(koppel.store.transaction(s -> s.mapper(AccountLinkMapper.class).find("16376", second)));
        assertEquals(Status.COMPLETED, byDivision.get(CustomersFixture.DIVISIONS.get(2)).status());

        // activated in Exact, the clerk sends it again
        koppel.client.updateAccount(koppel.connections.access().linked("school-1").context("test", "unblock"),
                java.util.UUID.fromString(inactive), new io.koppel.client.model.AccountChanges(
                        io.koppel.client.model.AccountFields.builder().blocked(false).build()));
        koppel.customers.resend("16376");
        koppel.drain();
        assertEquals("Dorpstraat 12 bus 3", koppel.account(first, "16376").get("AddressLine1"));
    }

    @Test
    void whatOnlyExactRefusesFailsWithExactsMessage() throws Exception {
        BillingAddress address = Documents.address("16379");
        koppel.submit(List.of(invoice("school-1", address)));
        koppel.drain();
        BillingAddress abroad = new BillingAddress(address.personId(), address.addressId(), address.personName(),
                address.salutationTitle(), address.salutationName(), "Hauptstrasse", "1", null, "52062", "Aachen",
                "DEU", address.emailAddresses(), Optional.empty());

        koppel.changed(abroad).drain();

        CustomerUpdate refused = koppel.customers.updates("16379").get(0);
        assertEquals(Status.FAILED, refused.status());
        assertEquals(ReasonCode.CUSTOMER_UPDATE_REJECTED, refused.reason().orElseThrow().code());
        assertTrue(refused.reason().orElseThrow().text(java.util.Locale.ENGLISH).contains("Invalid: Country"),
                refused.reason().toString());
        assertEquals("Gent", koppel.account(CustomersFixture.DIVISIONS.get(0), "16379").get("City"));
    }

    @Test
    void transientErrorsAreRetriedWithBackoffAndALostAnswerIsSentAgain() throws Exception {
        BillingAddress address = Documents.address("16377");
        koppel.submit(List.of(invoice("school-1", address)));
        koppel.drain();
        koppel.simulator.addFault(FaultRule.of(FaultType.SERVER_ERROR).onMethod("PUT").onPath("crm/Accounts"));
        koppel.simulator.addFault(FaultRule.of(FaultType.DROP_AFTER_COMMIT).onMethod("PUT").onPath("crm/Accounts"));

        koppel.changed(moved(address, "Zuidstraat", "9000", "Gent", address.emailAddresses())).drain();
        CustomerUpdate retrying = koppel.customers.updates("16377").get(0);
        assertEquals(Status.IN_PROGRESS, retrying.status());
        assertEquals(ReasonCode.RETRY_SCHEDULED, retrying.reason().orElseThrow().code());

        koppel.later(Duration.ofSeconds(16));
        koppel.later(Duration.ofSeconds(31));
        assertEquals(Status.COMPLETED, koppel.customers.updates("16377").get(0).status());
        assertEquals("Zuidstraat 12 bus 3", koppel.account(CustomersFixture.DIVISIONS.get(0), "16377")
                .get("AddressLine1"));
    }

    @Test
    void updatesAreLoggedUnderTheAddressId() throws Exception {
        BillingAddress address = Documents.address("16378");
        koppel.submit(List.of(invoice("school-1", address)));
        koppel.drain();
        koppel.changed(moved(address, "Noordstraat", "9000", "Gent", address.emailAddresses())).drain();
        assertEquals(1, puts());
        io.koppel.client.Exchange put = koppel.exchanges.stream().filter(e -> "PUT".equals(e.method())).findFirst()
                .orElseThrow();
        assertEquals("16378", put.searchNumber(), "the transaction log files it under the address id");
        assertEquals("school-1", put.hostEntity());
    }

    @Test
    void postingsAndUpdatesTakeTurnsInADivision() throws Exception {
        List<BillingAddress> addresses = new ArrayList<>();
        List<HostDocument> first = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            addresses.add(Documents.address("2000" + i));
            first.add(invoice("school-1", addresses.get(i)));
        }
        koppel.submit(first);
        koppel.drain();
        koppel.simulator.clearCalls();

        List<HostDocument> next = new ArrayList<>();
        for (BillingAddress address : addresses) {
            koppel.changed(moved(address, "Leiestraat", "9000", "Gent", address.emailAddresses()));
            next.add(invoice("school-1", address));
        }
        koppel.submit(next);
        koppel.drain();

        List<String> writes = koppel.simulator.calls(CallFilter.all()).stream()
                .filter(call -> !"GET".equals(call.method())).map(call -> call.method()).toList();
        assertEquals(List.of("POST", "PUT", "POST", "PUT", "POST", "PUT", "POST", "PUT", "POST", "PUT", "POST", "PUT"),
                writes);
    }

    /** One call to each division, all of them holding the newest of the changes. */
    private void assertOneCallPerDivisionWith(String addressId, String addressLine1) {
        assertEquals(CustomersFixture.DIVISIONS.size(), puts());
        for (int division : CustomersFixture.DIVISIONS) {
            assertEquals(addressLine1, koppel.account(division, addressId).get("AddressLine1"));
        }
    }

    private void assertFailed(String addressId, ReasonCode code) {
        List<CustomerUpdate> updates = koppel.customers.updates(addressId);
        assertEquals(3, updates.size());
        for (CustomerUpdate update : updates) {
            assertEquals(Status.FAILED, update.status());
            assertEquals(code, update.reason().orElseThrow().code());
        }
    }

    private void postedInEverySchool(BillingAddress address) throws InterruptedException {
        List<HostDocument> documents = new ArrayList<>();
        for (String school : CustomersFixture.SCHOOLS) {
            documents.add(invoice(school, address));
        }
        koppel.submit(documents);
        koppel.drain();
        for (int division : CustomersFixture.DIVISIONS) {
            koppel.account(division, address.addressId());
        }
        koppel.simulator.clearCalls();
    }

    private int puts() {
        return koppel.simulator.calls(CallFilter.path("PUT", "crm/Accounts")).size();
    }

    static HostDocument invoice(String school, BillingAddress address) {
        int number = DOCUMENTS.incrementAndGet();
        return new HostDocument(school, "INV-" + number, "F" + number, DocumentType.INVOICE,
                Documents.thisYear(11, 3), Documents.thisYear(12, 3), "Rekening november",
                Ogm.of(number + 1000L).toString(), address, List.of(Documents.meals("12.50")));
    }

    static BillingAddress moved(BillingAddress address, String street, String postcode, String city,
            List<String> emails) {
        return new BillingAddress(address.personId(), address.addressId(), address.personName(),
                address.salutationTitle(), address.salutationName(), street, address.number(), address.box(),
                postcode, city, address.country(), emails, Optional.empty());
    }
}
