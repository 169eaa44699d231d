package io.koppel.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.koppel.simulator.CallFilter;
import io.koppel.simulator.DefaultDataSet;
import io.koppel.simulator.ExactSimulator;
import io.koppel.simulator.FaultRule;
import io.koppel.simulator.FaultType;
import io.koppel.simulator.RecordedCall;
import io.koppel.simulator.SimulatorConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.Test;

/**
 * 500 printed documents handed to a running Koppel distribution while Exact answers with 500s, times out, drops
 * answers after booking and bursts 429s, and Karaf is stopped and started again midway (bin/stop, bin/start):
 * every document is booked in Exact exactly once, no customer is created twice, nothing is lost.
 */
public class KoppelRestartIT {
    private static final int DOCUMENTS = 500;
    private static final String SCHOOL = "campus-bernardus";
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    public void aKarafRestartMidwayLosesNothingAndBooksNothingTwice() throws Exception {
        long started = System.nanoTime();
        try (ExactSimulator simulator = ExactSimulator.start(SimulatorConfig.builder().noLimits().minutelyLimit(1_000_000).dailyLimit(10_000_000)
                .randomSeed(7).build());
             KarafProcess karaf = KarafProcess.unpack(Path.of("target", "restart"))) {
            karaf.configure("etc/io.koppel.auth.app-be.cfg", Map.of("site", "BE", "clientId", DefaultDataSet.CLIENT_ID,
                    "clientSecret", DefaultDataSet.CLIENT_SECRET, "redirectUri", karaf.callback(),
                    "baseUri", simulator.baseUrl()));
            karaf.configure("etc/io.koppel.posting.cfg", Map.of("pollMillis", "200", "firstRetrySeconds", "1",
                    "maxRetryMinutes", "1"));
            karaf.configure("etc/io.koppel.client.cfg", Map.of("readTimeoutMillis", "2000"));
            karaf.start();
            karaf.shell("koppel:connections", Duration.ofMinutes(3));
            link(karaf);
            Path documents = karaf.home().resolve("documents.json").toAbsolutePath();
            Files.writeString(documents, documentsJson());

            simulator.addFault(FaultRule.of(FaultType.SERVER_ERROR).withStatus(500).onMethod("POST").always()
                    .withProbability(0.03));
            simulator.addFault(FaultRule.of(FaultType.DROP_AFTER_COMMIT).onMethod("POST").always().withProbability(0.03));
            simulator.addFault(FaultRule.of(FaultType.TIMEOUT).holdFor(3_000).onMethod("POST").always()
                    .withProbability(0.005));
            simulator.addFault(FaultRule.of(FaultType.RATE_LIMIT_BURST).onMethod("POST").times(1));
            karaf.shell("koppel:post " + documents, Duration.ofSeconds(30));

            awaitBooked(simulator, DOCUMENTS / 4, Duration.ofMinutes(3));
            int beforeStop = booked(simulator).size();
            karaf.stop();
            int whileStopped = booked(simulator).size();
            karaf.start();
            awaitBooked(simulator, DOCUMENTS, Duration.ofMinutes(6));

            Map<String, Long> entries = booked(simulator).stream().collect(Collectors.groupingBy(Function.identity(),
                    Collectors.counting()));
            assertEquals("documents booked", DOCUMENTS, entries.size());
            assertEquals("documents booked more than once", Map.of(),
                    entries.entrySet().stream().filter(e -> e.getValue() > 1)
                            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
            Map<Object, Long> customers = simulator.rows(DefaultDataSet.DIVISION, "crm/Accounts").stream()
                    .filter(account -> account.get("Remarks") != null)
                    .collect(Collectors.groupingBy(account -> account.get("Remarks"), Collectors.counting()));
            assertEquals("customers", 250, customers.size());
            assertTrue("a customer made twice: " + customers, customers.values().stream().allMatch(count -> count == 1));
            String open = karaf.shell("koppel:postings --status NEW,IN_PROGRESS,FAILED,FATAL", Duration.ofSeconds(30));
            assertTrue(open, open.contains("No postings"));

            Map<String, Long> faults = simulator.calls(CallFilter.all()).stream().filter(call -> call.fault() != null)
                    .collect(Collectors.groupingBy(RecordedCall::fault, Collectors.counting()));
            assertTrue("the faults happened: " + faults, faults.getOrDefault("SERVER_ERROR", 0L) > 0
                    && faults.getOrDefault("DROP_AFTER_COMMIT", 0L) > 0 && faults.getOrDefault("RATE_LIMIT_BURST", 0L) > 0);
            Report.print(String.format("restart test: %d documents booked once; %d booked before bin/stop, %d while"
                    + " stopping, the rest after bin/start; %d customers; faults %s; %d s in all", DOCUMENTS,
                    beforeStop, whileStopped - beforeStop, customers.size(), faults,
                    Duration.ofNanos(System.nanoTime() - started).toSeconds()));
        }
    }

    /** koppel:connect, the consent page as a browser, Koppel's callback, division and journals. */
    private void link(KarafProcess karaf) throws Exception {
        String output = karaf.shell("koppel:connect " + SCHOOL, Duration.ofSeconds(30));
        Matcher url = Pattern.compile("(http\\S+/api/oauth2/auth\\?\\S+)").matcher(output);
        assertTrue(output, url.find());
        URI callback = new ExactConsent().allow(URI.create(url.group(1)));
        HttpResponse<String> linked = http.send(HttpRequest.newBuilder(callback).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(linked.body(), 200, linked.statusCode());
        karaf.shell("koppel:set-division " + SCHOOL + " " + DefaultDataSet.DIVISION, Duration.ofSeconds(30));
        karaf.shell("koppel:set-journals " + SCHOOL + " 70 71", Duration.ofSeconds(30));
    }

    private static void awaitBooked(ExactSimulator simulator, int count, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (booked(simulator).stream().distinct().count() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(booked(simulator).stream().distinct().count() + " of " + count + " booked");
            }
            Thread.sleep(250);
        }
    }

    /** The YourRef of every sales entry in the division, one per entry. */
    private static List<String> booked(ExactSimulator simulator) {
        return simulator.rows(DefaultDataSet.DIVISION, "salesentry/SalesEntries").stream()
                .map(entry -> String.valueOf(entry.get("YourRef"))).collect(Collectors.toList());
    }

    private static String documentsJson() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 1; i <= DOCUMENTS; i++) {
            int address = 20_000 + i % 250;
            String mandate = address % 5 == 0 ? String.format(",\"mandate\":{\"reference\":\"MAND-%d\","
                    + "\"iban\":\"BE68539007547034\",\"bic\":\"GKCCBEBB\",\"signatureDate\":\"2024-09-01\"}", address) : "";
            json.append(i > 1 ? "," : "").append(String.format("{\"hostEntity\":\"%s\",\"hostInvoiceId\":\"INV-%d\","
                    + "\"documentNumber\":\"D-%d\",\"type\":\"INVOICE\",\"printDate\":\"%s\",\"dueDate\":\"%s\","
                    + "\"description\":\"Rekeningen %s\",\"ogm\":\"%s\",\"billingAddress\":{\"personId\":\"%d\","
                    + "\"addressId\":\"%d\",\"personName\":\"Leerling %d\",\"salutationTitle\":\"Familie\","
                    + "\"salutationName\":\"Familie %d\",\"street\":\"Kerkstraat\",\"number\":\"%d\",\"postcode\":\"9000\","
                    + "\"city\":\"Gent\",\"emailAddresses\":[\"ouders%d@example.be\"]%s},\"lines\":["
                    + "{\"description\":\"Maaltijden\",\"amount\":\"%d.50\",\"glAccountCode\":\"701000\"},"
                    + "{\"description\":\"Uitstappen\",\"amount\":\"12.00\",\"glAccountCode\":\"700000\"}]}",
                    SCHOOL, i, i, LocalDate.now(), LocalDate.now().plusDays(30), LocalDate.now().getMonth(),
                    io.koppel.api.Ogm.of(700_000 + i), address, address, address, address, i % 90 + 1, address,
                    mandate, 10 + i % 30));
        }
        return json.append("]").toString();
    }
}
