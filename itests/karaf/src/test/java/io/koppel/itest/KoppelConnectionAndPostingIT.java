package io.koppel.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
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
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.apache.karaf.features.BootFinished;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Koppel in a real Karaf, posting to the simulator over HTTP: an admin links a school through the real consent
 * page and Koppel's callback servlet, configures it with the koppel:* commands, and printed documents reach Exact,
 * or fail with a reason a clerk can read.
 */
@RunWith(KoppelPaxExam.class)
@RunOn(Database.H2)
@ExamReactorStrategy(PerClass.class)
public class KoppelConnectionAndPostingIT {
    private static final String SCHOOL = "campus-bernardus";
    private static final int DIVISION = 100001;

    @Inject
    ConnectionService connections;

    @Inject
    PostingService postings;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    BootFinished bootFinished;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Configuration
    public Option[] configuration() throws IOException {
        String simulator = DriverSideSimulator.baseUrl();
        String httpPort = freePort();
        String app = "etc/io.koppel.auth.app-be.cfg";
        return KoppelOptions.container(Database.H2,
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
                editConfigurationFilePut(app, "site", "BE"),
                editConfigurationFilePut(app, "clientId", ExactConsent.CLIENT_ID),
                editConfigurationFilePut(app, "clientSecret", ExactConsent.CLIENT_SECRET),
                editConfigurationFilePut(app, "redirectUri", "http://localhost:" + httpPort + "/koppel/oauth/callback"),
                editConfigurationFilePut(app, "baseUri", simulator),
                editConfigurationFilePut("etc/io.koppel.posting.cfg", "pollMillis", "200"),
                editConfigurationFilePut("etc/io.koppel.posting.cfg", "firstRetrySeconds", "1"),
                systemProperty("koppel.itest.simulator").value(simulator),
                systemProperty("koppel.itest.httpPort").value(httpPort));
    }

    @Test
    public void anAdminLinksASchoolAndPrintedDocumentsReachExact() throws Exception {
        KarafShell shell = new KarafShell(sessionFactory);
        Koppel.awaitNone("Koppel services missing", () -> Koppel.missingServices(
                org.osgi.framework.FrameworkUtil.getBundle(getClass()).getBundleContext()));

        // a forged callback is refused and links nothing
        HttpResponse<String> forged = get(callback() + "?code=abc&state=forged", "nl");
        assertEquals(400, forged.statusCode());
        assertTrue(forged.body(), forged.body().contains("niet geldig"));

        String authorization = shell.run("koppel:connect " + SCHOOL).strip();
        assertTrue(authorization, authorization.startsWith(System.getProperty("koppel.itest.simulator") + "/api/oauth2/auth?"));
        URI redirect = new ExactConsent().allow(URI.create(authorization));
        assertTrue(redirect.toString(), redirect.toString().startsWith(callback() + "?code="));
        HttpResponse<String> linked = get(redirect.toString(), "nl-BE");
        assertEquals(linked.body(), 200, linked.statusCode());
        assertTrue(linked.body(), linked.body().contains("Gekoppeld: " + SCHOOL));
        assertEquals(400, get(redirect.toString(), "nl").statusCode());

        assertTrue(shell.run("koppel:divisions " + SCHOOL).contains(String.valueOf(DIVISION)));
        shell.run("koppel:set-division " + SCHOOL + " " + DIVISION);
        assertTrue(shell.run("koppel:set-journals " + SCHOOL).contains("71"));
        shell.run("koppel:set-journals " + SCHOOL + " 70 71");
        assertEquals(ConnectionState.CONNECTED, connections.connection(SCHOOL).orElseThrow().state());
        assertTrue(shell.run("koppel:connections").contains("CONNECTED"));

        List<HostDocument> documents = List.of(
                document("D-1", 1, address("16371", Optional.of(new Mandate("MAND-16371", "BE68539007547034",
                        "GKCCBEBB", LocalDate.of(2024, 9, 1)))), line("Maaltijden", "42.50", "701000")),
                document("D-2", 2, address("16371", Optional.empty()), line("Uitstappen", "12.00", "700000")),
                document("D-3", 3, address("16372", Optional.empty()), line("Terugbetaling", "-8.00", "701000")),
                document("D-4", 4, address("16373", Optional.empty()), line("Geblokkeerd", "5.00", "704000")));
        postings.submit(documents);
        Koppel.awaitNone("postings still on their way", () -> documents.stream()
                .map(d -> postings.posting(d.documentNumber()).orElseThrow())
                .filter(p -> !p.status().isFinal())
                .map(p -> p.documentNumber() + " " + p.status() + " " + p.reason())
                .collect(Collectors.toList()));

        for (String completed : List.of("D-1", "D-2", "D-3")) {
            Posting posting = postings.posting(completed).orElseThrow();
            assertEquals(completed + " " + posting.reason(), Status.COMPLETED, posting.status());
            assertEquals(completed, 1, entriesInExact(posting.ogm()));
        }
        assertEquals(DocumentType.CREDIT_NOTE, postings.posting("D-3").orElseThrow().type());
        Posting blocked = postings.posting("D-4").orElseThrow();
        assertEquals(Status.FAILED, blocked.status());
        assertEquals(ReasonCode.GL_ACCOUNT_BLOCKED, blocked.reason().orElseThrow().code());
        assertEquals(0, entriesInExact(blocked.ogm()));

        String overview = shell.run("koppel:postings --status FAILED");
        assertTrue(overview, overview.contains("D-4") && overview.contains("704000") && !overview.contains("D-1"));
        String log = shell.run("koppel:log --search INV-1");
        assertTrue(log, log.contains("create-sales-entry") && log.contains("201"));
        assertTrue(shell.run("koppel:log --search 55555"), shell.run("koppel:log --search 55555").contains("configuration.set-journals"));
        Report.print("posted in Karaf: " + documents.size() + " documents, log of INV-1:\n" + log);
    }

    @Test
    public void aViewerMayReadButNotChangeConnections() throws Exception {
        KarafShell shell = new KarafShell(sessionFactory);
        Koppel.awaitNone("Koppel services missing", () -> Koppel.missingServices(
                org.osgi.framework.FrameworkUtil.getBundle(getClass()).getBundleContext()));
        shell.run("koppel:connections", "viewer");
        shell.run("koppel:log", "viewer");
        // Karaf's command ACL (etc/org.apache.karaf.command.acl.koppel.cfg) hides what a role may not run.
        for (String change : List.of("koppel:disconnect " + SCHOOL, "koppel:connect other", "koppel:repost D-1")) {
            try {
                shell.run(change, "viewer");
                throw new IllegalStateException("a viewer ran " + change);
            } catch (RuntimeException | AssertionError refused) {
                assertTrue(String.valueOf(refused), String.valueOf(refused).contains("Command not found"));
            }
        }
    }

    private static String callback() {
        return "http://localhost:" + System.getProperty("koppel.itest.httpPort") + "/koppel/oauth/callback";
    }

    private HttpResponse<String> get(String uri, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).header("Accept-Language", language).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** How many sales entries the simulator holds with this reference, read through its control API. */
    private int entriesInExact(String ogm) throws Exception {
        String uri = System.getProperty("koppel.itest.simulator") + "/_sim/data/" + DIVISION
                + "/salesentry/SalesEntries?YourRef=" + URLEncoder.encode(ogm, StandardCharsets.UTF_8);
        String body = http.send(HttpRequest.newBuilder(URI.create(uri)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher entries = Pattern.compile("\"EntryID\"").matcher(body);
        int count = 0;
        while (entries.find()) {
            count++;
        }
        return count;
    }

    private static HostDocument document(String number, int sequence, BillingAddress address, DocumentLine line) {
        return new HostDocument(SCHOOL, "INV-" + sequence, number, DocumentType.INVOICE, LocalDate.now(),
                LocalDate.now().plusDays(30), "Rekeningen " + LocalDate.now().getMonth(),
                Ogm.of(5_000 + sequence).toString(), address, List.of(line));
    }

    private static BillingAddress address(String addressId, Optional<Mandate> mandate) {
        return new BillingAddress("19724", addressId, "Peeters Jan", "Familie", "Peeters", "Kerkstraat", "12", null,
                "9000", "Gent", "BE", List.of("ouders@example.be"), mandate);
    }

    private static DocumentLine line(String description, String amount, String glAccount) {
        return new DocumentLine(description, new BigDecimal(amount), glAccount);
    }

    private static String freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return Integer.toString(socket.getLocalPort());
        }
    }
}
