package io.koppel.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import io.koppel.api.Ogm;
import io.koppel.api.ReasonCode;
import io.koppel.api.Status;
import io.koppel.api.connection.ConnectionService;
import io.koppel.api.connection.ConnectionState;
import io.koppel.api.posting.BillingAddress;
import io.koppel.api.posting.DocumentLine;
import io.koppel.api.posting.DocumentType;
import io.koppel.api.posting.HostDocument;
import io.koppel.api.posting.Mandate;
import io.koppel.api.posting.Posting;
import io.koppel.api.posting.PostingService;
import io.koppel.auth.ExactAccess;
import io.koppel.auth.ExactWebhooks;
import io.koppel.client.ExactClient;
import io.koppel.client.model.NewWebhookSubscription;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
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
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Koppel in a real Karaf, posting to the simulator over HTTP: an admin links a school through the real consent
 * page and Koppel's callback servlet, configures it with the koppel:* commands, and printed documents reach Exact,
 * or show the status and reason a clerk can act on.
 */
@RunWith(KoppelPaxExam.class)
@RunOn(Database.H2)
@ExamReactorStrategy(PerClass.class)
public class KoppelConnectionAndPostingIT {
    private static final String SCHOOL = "campus-bernardus";
    private static final int DIVISION = 100001;
    private static final Mandate MANDATE = new Mandate("MAND-16371", "BE68539007547034", "GKCCBEBB",
            LocalDate.of(2024, 9, 1));

    @Inject
    ConnectionService connections;

    @Inject
    PostingService postings;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    ExactAccess exactAccess;

    @Inject
    ExactClient exactClient;

    @Inject
    BundleContext bundleContext;

    @Inject
    BootFinished bootFinished;

    private final ContainerSimulator simulator = new ContainerSimulator();
    private KarafShell shell;

    @Configuration
    public Option[] configuration() {
        return KoppelOptions.linkedToSimulator(DriverSideSimulator.baseUrl(),
                editConfigurationFilePut("etc/io.koppel.posting.cfg", "maxAttempts", "3"));
    }

    @Before
    public void koppelIsUp() throws Exception {
        Koppel.awaitServices(bundleContext);
        shell = new KarafShell(sessionFactory);
    }

    @Test
    public void anAdminLinksASchoolAndPrintedDocumentsReachExact() throws Exception {
        HttpResponse<String> forged = simulator.get(ContainerSimulator.callback() + "?code=abc&state=forged", "nl");
        assertEquals(400, forged.statusCode());
        assertTrue(forged.body(), forged.body().contains("niet geldig"));

        String authorization = shell.run("koppel:connect " + SCHOOL).strip();
        assertTrue(authorization, authorization.startsWith(ContainerSimulator.baseUrl() + "/api/oauth2/auth?"));
        URI redirect = new ExactConsent().allow(URI.create(authorization));
        assertTrue(redirect.toString(), redirect.toString().startsWith(ContainerSimulator.callback() + "?code="));
        HttpResponse<String> linked = simulator.get(redirect.toString(), "nl-BE");
        assertEquals(linked.body(), 200, linked.statusCode());
        assertTrue(linked.body(), linked.body().contains("Gekoppeld: " + SCHOOL));
        assertEquals("a used state links nothing", 400, simulator.get(redirect.toString(), "nl").statusCode());

        assertTrue(shell.run("koppel:divisions " + SCHOOL).contains(String.valueOf(DIVISION)));
        shell.run("koppel:set-division " + SCHOOL + " " + DIVISION);
        assertTrue(shell.run("koppel:set-journals " + SCHOOL).contains("71"));
        shell.run("koppel:set-journals " + SCHOOL + " 70 71");
        assertTrue(shell.run("koppel:set-vat " + SCHOOL + " 0").contains("VAT code 0"));
        assertEquals(Optional.of("0"), connections.vatCode(SCHOOL));
        assertEquals(ConnectionState.CONNECTED, connections.connection(SCHOOL).orElseThrow().state());
        assertTrue(shell.run("koppel:connections").contains("CONNECTED"));

        List<HostDocument> documents = List.of(
                document("D-1", 1, address("16371", Optional.of(MANDATE)), line("Maaltijden", "42.50", "701000")),
                document("D-2", 2, address("16371", Optional.empty()), line("Uitstappen", "12.00", "700000")),
                document("D-3", 3, address("16372", Optional.empty()), line("Terugbetaling", "-8.00", "701000")));
        postings.submit(documents);
        awaitFinal(documents);

        for (HostDocument document : documents) {
            Posting posting = postings.posting(document.documentNumber()).orElseThrow();
            assertEquals(document.documentNumber() + " " + posting.reason(), Status.COMPLETED, posting.status());
            assertEquals(document.documentNumber(), 1, count("salesentry/SalesEntries", "YourRef", posting.ogm()));
        }
        assertEquals(DocumentType.CREDIT_NOTE, postings.posting("D-3").orElseThrow().type());
        assertEquals(1, count("cashflow/DirectDebitMandates", "Reference", "MAND-16371"));

        String log = shell.run("koppel:log --search INV-1");
        assertTrue(log, log.contains("create-sales-entry") && log.contains("201"));
        String configuration = shell.run("koppel:log --changes");
        assertTrue(configuration, configuration.contains("set-journals") && configuration.contains("by karaf"));
        Report.print("posted in Karaf: " + documents.size() + " documents; log of INV-1:\n" + log);
    }

    @Test
    public void aClerkSeesEveryStatusAndAReasonToActOn() throws Exception {
        ensureLinked();
        LocalDate closedPeriod = LocalDate.now().minusYears(1).withMonth(12).withDayOfMonth(31);
        Map<HostDocument, ReasonCode> refused = new LinkedHashMap<>();
        refused.put(document("R-1", 11, named(address("30001", Optional.empty()), " "), line("Maaltijden", "1", "701000")),
                ReasonCode.REQUIRED_VALUE_EMPTY);
        refused.put(withOgm(document("R-2", 12, address("30002", Optional.empty()), line("Maaltijden", "1", "701000")),
                "+++090/9337/55494+++"), ReasonCode.OGM_INVALID);
        refused.put(document("R-3", 13, address("30003", Optional.of(new Mandate("M-3", "BE68539007547035", "GKCCBEBB",
                LocalDate.of(2024, 9, 1)))), line("Maaltijden", "1", "701000")), ReasonCode.IBAN_INVALID);
        refused.put(document("R-4", 14, address("30004", Optional.of(new Mandate("M-4", "BE68539007547034", "GKCC",
                LocalDate.of(2024, 9, 1)))), line("Maaltijden", "1", "701000")), ReasonCode.BIC_INVALID);
        refused.put(document("R-5", 15, address("30005", Optional.empty()), line("Zonder", "1", " ")),
                ReasonCode.LINE_WITHOUT_GL_ACCOUNT);
        refused.put(document("R-6", 16, address("30006", Optional.empty()), line("Onbekend", "1", "799999")),
                ReasonCode.GL_ACCOUNT_NOT_FOUND);
        refused.put(document("R-7", 17, address("30007", Optional.empty()), line("Geblokkeerd", "1", "704000")),
                ReasonCode.GL_ACCOUNT_BLOCKED);
        refused.put(document("R-8", 18, address("30008", Optional.empty()), line("Aankoop", "1", "604000")),
                ReasonCode.GL_ACCOUNT_WRONG_TYPE);
        refused.put(document("R-9", 19, address("30009", Optional.empty()), line("Uitstap", "1", "702000")),
                ReasonCode.COST_CODE_REQUIRED);
        refused.put(printedOn(document("R-10", 20, address("30010", Optional.empty()), line("Oud", "1", "701000")),
                LocalDate.of(2001, 5, 1)), ReasonCode.FINANCIAL_YEAR_MISSING);
        refused.put(printedOn(document("R-11", 21, address("30011", Optional.empty()), line("Vorig jaar", "1", "701000")),
                closedPeriod), ReasonCode.PERIOD_CLOSED);
        refused.put(document("R-12", 22, address("30012", Optional.of(new Mandate("MAND-1001", "BE68539007547034",
                "GKCCBEBB", LocalDate.of(2024, 9, 1)))), line("Maaltijden", "1", "701000")),
                ReasonCode.MANDATE_REFERENCE_EXISTS);
        HostDocument mother = document("S-1", 30, address("40001", Optional.empty()), line("Maaltijden", "20", "701000"));
        HostDocument father = new HostDocument(SCHOOL, mother.hostInvoiceId(), "S-2", DocumentType.INVOICE,
                mother.printDate(), mother.dueDate(), mother.description(), Ogm.of(5_031).toString(),
                address("40002", Optional.empty()), mother.lines());
        HostDocument unlinked = new HostDocument("school-without-link", "INV-40", "U-1", DocumentType.INVOICE,
                LocalDate.now(), null, "Rekening", Ogm.of(5_040).toString(), address("40003", Optional.empty()),
                List.of(line("Maaltijden", "1", "701000")));

        postings.submit(List.copyOf(refused.keySet()));
        postings.submit(List.of(mother, father, unlinked));
        awaitFinal(List.copyOf(refused.keySet()));
        awaitFinal(List.of(mother, father));

        for (Map.Entry<HostDocument, ReasonCode> expected : refused.entrySet()) {
            Posting posting = postings.posting(expected.getKey().documentNumber()).orElseThrow();
            assertEquals(posting.documentNumber(), Status.FAILED, posting.status());
            assertEquals(posting.documentNumber(), expected.getValue(), posting.reason().orElseThrow().code());
        }
        assertEquals(1, count("crm/Accounts", "Remarks", "40001"));
        assertEquals(1, count("crm/Accounts", "Remarks", "40002"));
        Posting waiting = postings.posting("U-1").orElseThrow();
        assertEquals(Status.NEW, waiting.status());
        assertEquals(ReasonCode.CONNECTION_MISSING, waiting.reason().orElseThrow().code());

        // Exact fails every booking: the posting stays In progress while it is retried, then turns Fatal
        simulator.control("POST", "faults", "{\"type\":\"SERVER_ERROR\",\"path\":\"SalesEntries\",\"method\":\"POST\","
                + "\"times\":-1}");
        HostDocument unlucky = document("F-1", 50, address("16371", Optional.empty()), line("Maaltijden", "3", "701000"));
        postings.submit(List.of(unlucky));
        Koppel.awaitNone("not retrying yet", () -> retrying("F-1"));
        assertEquals(ReasonCode.RETRY_SCHEDULED, postings.posting("F-1").orElseThrow().reason().orElseThrow().code());
        awaitFinal(List.of(unlucky));
        Posting fatal = postings.posting("F-1").orElseThrow();
        assertEquals(Status.FATAL, fatal.status());
        assertEquals(ReasonCode.TOO_MANY_RETRIES, fatal.reason().orElseThrow().code());
        simulator.control("DELETE", "faults", null);
        shell.run("koppel:reset-fatal F-1");
        assertEquals(Status.FAILED, postings.posting("F-1").orElseThrow().status());
        shell.run("koppel:repost F-1");
        awaitFinal(List.of(unlucky));
        assertEquals(Status.COMPLETED, postings.posting("F-1").orElseThrow().status());

        String overview = shell.run("koppel:postings --status FAILED --limit 100");
        assertTrue(overview, overview.contains("R-7") && overview.contains("704000") && !overview.contains("S-1"));
        Report.print("reasons in Karaf:\n" + overview);
    }

    @Test
    public void aViewerMayReadButNotChangeConnections() throws Exception {
        shell.run("koppel:connections", "viewer");
        shell.run("koppel:log", "viewer");
        // Karaf's command ACL (etc/org.apache.karaf.command.acl.koppel.cfg) hides what a role may not run.
        for (String change : List.of("koppel:disconnect " + SCHOOL, "koppel:connect other", "koppel:repost D-1",
                "koppel:set-vat " + SCHOOL + " 3")) {
            try {
                shell.run(change, "viewer");
                throw new IllegalStateException("a viewer ran " + change);
            } catch (RuntimeException | AssertionError refused) {
                assertTrue(String.valueOf(refused), String.valueOf(refused).contains("Command not found"));
            }
        }
    }

    /**
     * Exact (the simulator) validates Koppel's webhook address, then signs and sends an event for each sales entry
     * Koppel books; Koppel verifies it and posts it on Event Admin, once.
     */
    @Test
    public void exactsWebhooksReachEventAdminVerified() throws Exception {
        ensureLinked();
        BlockingQueue<Event> heard = new LinkedBlockingQueue<>();
        ServiceRegistration<EventHandler> listener = bundleContext.registerService(EventHandler.class, heard::add,
                new Hashtable<>(Map.of(EventConstants.EVENT_TOPIC, ExactWebhooks.TOPIC_ALL)));
        try {
            URI webhooks = URI.create(ContainerSimulator.callback().replace("/koppel/oauth/callback",
                    "/koppel/webhooks/exact"));
            exactClient.createWebhookSubscription(exactAccess.linked(SCHOOL).context("55555", "webhooks"),
                    new NewWebhookSubscription(webhooks, "SalesEntries", "Koppel"));
            HostDocument document = document("W-1", 50, address("50001", Optional.empty()),
                    line("Maaltijden", "5", "701000"));
            postings.submit(List.of(document));
            awaitFinal(List.of(document));

            Event event = heard.poll(20, TimeUnit.SECONDS);
            assertTrue("no webhook event", event != null);
            assertEquals(ExactWebhooks.TOPIC_PREFIX + "SalesEntries", event.getTopic());
            assertEquals(DIVISION, event.getProperty(ExactWebhooks.DIVISION));
            assertEquals("Create", event.getProperty(ExactWebhooks.ACTION));
            String endpoint = (String) event.getProperty(ExactWebhooks.ENDPOINT);
            assertTrue(endpoint, endpoint.startsWith(ContainerSimulator.baseUrl() + "/api/v1/" + DIVISION + "/salesentry/SalesEntries"));
            assertEquals("one event per sales entry", null, heard.poll(1, TimeUnit.SECONDS));
        } finally {
            listener.unregister();
        }
    }

    /** Links the school when an earlier test has not; the tests share one container. */
    private void ensureLinked() throws Exception {
        if (connections.connection(SCHOOL).map(c -> c.state() == ConnectionState.CONNECTED).orElse(false)) {
            return;
        }
        simulator.link(shell, SCHOOL, DIVISION);
    }

    private List<String> retrying(String documentNumber) {
        Posting posting = postings.posting(documentNumber).orElseThrow();
        return posting.status() == Status.IN_PROGRESS && posting.reason().isPresent() ? List.of()
                : List.of(documentNumber + " " + posting.status() + " " + posting.reason());
    }

    private void awaitFinal(List<HostDocument> documents) throws Exception {
        Koppel.awaitNone("postings still on their way", () -> documents.stream()
                .map(d -> postings.posting(d.documentNumber()).orElseThrow())
                .filter(p -> !p.status().isFinal())
                .map(p -> p.documentNumber() + " " + p.status() + " " + p.reason())
                .collect(Collectors.toList()));
    }

    /** How many records of an entity the simulator holds with a field's value, read through its control API. */
    private int count(String entity, String field, String value) {
        String body = simulator.data(DIVISION, entity, field, value);
        String key = entity.equals("salesentry/SalesEntries") ? "\"EntryID\"" : "\"ID\"";
        Matcher keys = Pattern.compile(Pattern.quote(key)).matcher(body);
        int count = 0;
        while (keys.find()) {
            count++;
        }
        return count;
    }

    private static HostDocument document(String number, int sequence, BillingAddress address, DocumentLine line) {
        return new HostDocument(SCHOOL, "INV-" + sequence, number, DocumentType.INVOICE, LocalDate.now(),
                LocalDate.now().plusDays(30), "Rekeningen " + LocalDate.now().getMonth(),
                Ogm.of(5_000 + sequence).toString(), address, List.of(line));
    }

    private static HostDocument withOgm(HostDocument d, String ogm) {
        return new HostDocument(d.hostEntity(), d.hostInvoiceId(), d.documentNumber(), d.type(), d.printDate(),
                d.dueDate(), d.description(), ogm, d.billingAddress(), d.lines());
    }

    private static HostDocument printedOn(HostDocument d, LocalDate date) {
        return new HostDocument(d.hostEntity(), d.hostInvoiceId(), d.documentNumber(), d.type(), date, date.plusDays(30),
                d.description(), d.ogm(), d.billingAddress(), d.lines());
    }

    private static BillingAddress address(String addressId, Optional<Mandate> mandate) {
        return new BillingAddress("19724", addressId, "Peeters Jan", "Familie", "Peeters", "Kerkstraat", "12", null,
                "9000", "Gent", "BE", List.of("ouders@example.be"), mandate);
    }

    private static BillingAddress named(BillingAddress a, String salutationName) {
        return new BillingAddress(a.personId(), a.addressId(), a.personName(), a.salutationTitle(), salutationName,
                a.street(), a.number(), a.box(), a.postcode(), a.city(), a.country(), a.emailAddresses(), a.mandate());
    }

    private static DocumentLine line(String description, String amount, String glAccount) {
        return new DocumentLine(description, new BigDecimal(amount), glAccount);
    }
}
