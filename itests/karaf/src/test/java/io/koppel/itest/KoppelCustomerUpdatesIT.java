package io.koppel.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import io.koppel.api.Ogm;
import io.koppel.api.ReasonCode;
import io.koppel.api.Status;
import io.koppel.api.connection.ConnectionService;
import io.koppel.api.connection.ConnectionState;
import io.koppel.api.customer.BillingAddressEvents;
import io.koppel.api.customer.CustomerService;
import io.koppel.api.customer.CustomerUpdate;
import io.koppel.api.posting.BillingAddress;
import io.koppel.api.posting.DocumentLine;
import io.koppel.api.posting.DocumentType;
import io.koppel.api.posting.HostDocument;
import io.koppel.api.posting.Posting;
import io.koppel.api.posting.PostingService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.apache.karaf.features.BootFinished;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Customer updates in a real Karaf, through the simulator over HTTP: two schools linked to two divisions, an
 * address posted in both, and its changes reaching Exact in each, by a call or by an Event Admin event.
 */
@RunWith(KoppelPaxExam.class)
@RunOn(Database.H2)
@ExamReactorStrategy(PerClass.class)
public class KoppelCustomerUpdatesIT {
    private static final Map<String, Integer> SCHOOLS = Map.of("campus-noord", 100001, "campus-zuid", 100002);
    private static final AtomicInteger SEQUENCE = new AtomicInteger(7_000);

    @Inject
    ConnectionService connections;

    @Inject
    PostingService postings;

    @Inject
    CustomerService customers;

    @Inject
    EventAdmin events;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    BundleContext bundleContext;

    @Inject
    BootFinished bootFinished;

    private final ContainerSimulator simulator = new ContainerSimulator();
    private KarafShell shell;

    @Configuration
    public Option[] configuration() {
        return KoppelOptions.linkedToSimulator(DriverSideSimulator.baseUrl(),
                editConfigurationFilePut("etc/io.koppel.customers.cfg", "settleSeconds", "1"));
    }

    @Before
    public void schoolsAreLinked() throws Exception {
        Koppel.awaitServices(bundleContext);
        shell = new KarafShell(sessionFactory);
        for (Map.Entry<String, Integer> school : SCHOOLS.entrySet()) {
            if (!connections.connection(school.getKey()).map(c -> c.state() == ConnectionState.CONNECTED).orElse(false)) {
                simulator.link(shell, school.getKey(), school.getValue());
            }
        }
    }

    @Test
    public void aChangeReachesEveryDivisionWhereTheAddressIsLinked() throws Exception {
        BillingAddress address = address("70001", "Kerkstraat", "Gent", List.of("ouders@example.be"));
        postedIn(address, SCHOOLS.keySet());

        List<CustomerUpdate> queued = customers.addressChanged(address("70001", "Veldstraat", "Gentbrugge",
                List.of("mama@example.be", "papa@example.be")));
        assertEquals(2, queued.size());
        awaitCompleted("70001", 2);

        for (int division : SCHOOLS.values()) {
            assertEquals("Gentbrugge", field(division, "70001", "City"));
            assertEquals("Veldstraat 12", field(division, "70001", "AddressLine1"));
            assertEquals("mama@example.be,papa@example.be", field(division, "70001", "Email"));
        }
        String overview = shell.run("koppel:customer-updates --address 70001");
        assertTrue(overview, overview.contains("100001") && overview.contains("100002"));
        String log = shell.run("koppel:log --search 70001");
        assertTrue(log, log.contains("update-customer") && log.contains("204"));
        Report.print("customer updates in Karaf:\n" + overview + log);
    }

    @Test
    public void aHostsEventBecomesAnUpdate() throws Exception {
        postedIn(address("70002", "Kerkstraat", "Gent", List.of()), SCHOOLS.keySet());
        Map<String, Object> properties = new HashMap<>();
        properties.put(BillingAddressEvents.PERSON_ID, "19724");
        properties.put(BillingAddressEvents.ADDRESS_ID, "70002");
        properties.put(BillingAddressEvents.SALUTATION_TITLE, "Familie");
        properties.put(BillingAddressEvents.SALUTATION_NAME, "Peeters");
        properties.put(BillingAddressEvents.STREET, "Molenstraat");
        properties.put(BillingAddressEvents.NUMBER, "3");
        properties.put(BillingAddressEvents.POSTCODE, "8000");
        properties.put(BillingAddressEvents.CITY, "Brugge");
        properties.put(BillingAddressEvents.COUNTRY, "BE");
        properties.put(BillingAddressEvents.EMAIL_ADDRESSES, new String[] {"peeters@example.be"});
        events.postEvent(new Event(BillingAddressEvents.CHANGED, properties));

        Koppel.awaitNone("event not taken", () -> customers.updates("70002").size() == 2 ? List.of()
                : List.of(customers.updates("70002").toString()));
        awaitCompleted("70002", 2);
        for (int division : SCHOOLS.values()) {
            assertEquals("Molenstraat 3", field(division, "70002", "AddressLine1"));
            assertEquals("peeters@example.be", field(division, "70002", "Email"));
        }
    }

    @Test
    public void changesWaitingForTheirTurnCoalesceIntoOneCallWithTheNewest() throws Exception {
        postedIn(address("70003", "Kerkstraat", "Gent", List.of()), List.of("campus-noord"));
        int before = puts(100001);
        // Exact is slow to book the next invoice of the division: the changes arrive while it waits
        simulator.control("POST", "faults", "{\"type\":\"LATENCY\",\"path\":\"SalesEntries\",\"method\":\"POST\","
                + "\"times\":1,\"latencyMillis\":3000}");
        HostDocument busy = document("campus-noord", address("70013", "Kerkstraat", "Gent", List.of()));
        postings.submit(List.of(busy));
        Koppel.awaitNone("not sending yet", () -> postings.posting(busy.documentNumber()).orElseThrow().status()
                == Status.IN_PROGRESS ? List.of() : List.of("still New"));
        for (int change = 1; change <= 10; change++) {
            customers.addressChanged(address("70003", "Stationsstraat " + change, "Gent", List.of()));
        }
        awaitCompleted("70003", 1);

        assertEquals(1, puts(100001) - before);
        assertEquals("Stationsstraat 10 12", field(100001, "70003", "AddressLine1"));
    }

    @Test
    public void anAddressNeverPostedSendsNothing() throws Exception {
        int before = puts(100001) + puts(100002);
        assertEquals(List.of(), customers.addressChanged(address("70004", "Nergensstraat", "Gent", List.of())));
        String answer = shell.run("koppel:update-customer 70004");
        assertTrue(answer, answer.contains("nothing to send"));
        Thread.sleep(1_000);
        assertEquals(before, puts(100001) + puts(100002));
    }

    @Test
    public void aRefusalShowsItsReasonAndCostsNoCall() throws Exception {
        postedIn(address("70005", "Kerkstraat", "Gent", List.of()), SCHOOLS.keySet());
        int before = puts(100001) + puts(100002);
        customers.addressChanged(address("70005", "Kerkstraat", "Gent", List.of("geen-adres")));
        Koppel.awaitNone("not refused yet", () -> customers.updates("70005").stream()
                .filter(update -> update.status() != Status.FAILED).map(CustomerUpdate::toString)
                .collect(Collectors.toList()));
        for (CustomerUpdate update : customers.updates("70005")) {
            assertEquals(ReasonCode.CUSTOMER_UPDATE_EMAIL_INVALID, update.reason().orElseThrow().code());
        }
        assertEquals(before, puts(100001) + puts(100002));
        String overview = shell.run("koppel:customer-updates --status FAILED", "viewer");
        assertTrue(overview, overview.contains("70005") && overview.contains("geen-adres"));
    }

    private void postedIn(BillingAddress address, java.util.Collection<String> schools) throws Exception {
        List<HostDocument> documents = schools.stream().map(school -> document(school, address))
                .collect(Collectors.toList());
        postings.submit(documents);
        Koppel.awaitNone("postings not completed", () -> documents.stream()
                .map(d -> postings.posting(d.documentNumber()).orElseThrow())
                .filter(p -> p.status() != Status.COMPLETED).map(Posting::toString).collect(Collectors.toList()));
    }

    private void awaitCompleted(String addressId, int divisions) throws Exception {
        Koppel.awaitNone("updates not completed", () -> {
            List<CustomerUpdate> updates = customers.updates(addressId);
            return updates.size() == divisions && updates.stream().allMatch(u -> u.status() == Status.COMPLETED)
                    ? List.of() : updates.stream().map(CustomerUpdate::toString).collect(Collectors.toList());
        });
    }

    private static HostDocument document(String school, BillingAddress address) {
        int sequence = SEQUENCE.incrementAndGet();
        return new HostDocument(school, "INV-" + sequence, "C-" + sequence, DocumentType.INVOICE, LocalDate.now(),
                LocalDate.now().plusDays(30), "Rekening", Ogm.of(sequence).toString(), address,
                List.of(new DocumentLine("Maaltijden", new BigDecimal("4.20"), "701000")));
    }

    private static BillingAddress address(String addressId, String street, String city, List<String> emails) {
        return new BillingAddress("19724", addressId, "Peeters Jan", "Familie", "Peeters", street, "12", null,
                "9000", city, "BE", emails, Optional.empty());
    }

    /** A field of the address's customer in a division, read through the simulator's control API. */
    private String field(int division, String addressId, String field) throws Exception {
        String body = simulator.data(division, "crm/Accounts", "Remarks", addressId);
        Matcher value = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
        assertTrue(body, value.find());
        return value.group(1).strip();
    }

    private int puts(int division) throws Exception {
        String body = simulator.control("GET", "calls?method=PUT&path=crm/Accounts&division=" + division
                + "&limit=100000", null);
        Matcher sequence = Pattern.compile("\"sequence\"").matcher(body);
        int count = 0;
        while (sequence.find()) {
            count++;
        }
        return count;
    }
}
