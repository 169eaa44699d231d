package io.koppel.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.koppel.simulator.DefaultDataSet;
import io.koppel.simulator.ExactSimulator;
import io.koppel.simulator.RecordedCall;
import io.koppel.simulator.SimulatorConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A school's batch of printed documents for the tests on the unpacked distribution: one in five billing
 * addresses with a SEPA mandate, two documents per address, and what Exact holds of them afterwards.
 */
final class PostingBatch {
    static final String SCHOOL = "campus-bernardus";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    final int documents;
    final int addresses;

    PostingBatch(int documents) {
        this.documents = documents;
        this.addresses = documents / 2;
    }

    /** The simulator for batches of hundreds of documents: Exact's rules and answers without its call limits. */
    static SimulatorConfig.Builder simulatorWithoutLimits() {
        return SimulatorConfig.builder().noLimits().minutelyLimit(1_000_000).dailyLimit(10_000_000);
    }

    /** Koppel's app at the simulator, a quick queue, a short read timeout. */
    static void configure(KarafProcess karaf, ExactSimulator simulator) throws Exception {
        karaf.configure("etc/io.koppel.auth.app-be.cfg", Map.of("site", "BE", "clientId", DefaultDataSet.CLIENT_ID,
                "clientSecret", DefaultDataSet.CLIENT_SECRET, "redirectUri", karaf.callback(),
                "baseUri", simulator.baseUrl()));
        karaf.configure("etc/io.koppel.posting.cfg", Map.of("pollMillis", "200", "firstRetrySeconds", "1",
                "maxRetryMinutes", "1"));
        karaf.configure("etc/io.koppel.client.cfg", Map.of("readTimeoutMillis", "2000"));
    }

    /** One token key on every node, so that they share the connections one of them links. */
    static void shareTokenKey(List<KarafProcess> nodes) throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        for (KarafProcess node : nodes) {
            node.configure("etc/io.koppel.auth.cfg", Map.of("tokenKey", Base64.getEncoder().encodeToString(key)));
        }
    }

    /** Starts the first node and links the school there, then starts the second on the same database. */
    static void startLinked(KarafProcess first, KarafProcess second) throws Exception {
        first.start();
        first.shell("koppel:connections", Duration.ofMinutes(3));
        link(first);
        second.start();
        second.shell("koppel:connections", Duration.ofMinutes(3));
    }

    /** koppel:connect, the consent page as a browser, Koppel's callback, division and journals. */
    static void link(KarafProcess karaf) throws Exception {
        String output = karaf.shell("koppel:connect " + SCHOOL, Duration.ofSeconds(30));
        Matcher url = Pattern.compile("(http\\S+/api/oauth2/auth\\?\\S+)").matcher(output);
        assertTrue(output, url.find());
        URI callback = new ExactConsent().allow(URI.create(url.group(1)));
        HttpResponse<String> linked = HTTP.send(HttpRequest.newBuilder(callback).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(linked.body(), 200, linked.statusCode());
        karaf.shell("koppel:set-division " + SCHOOL + " " + DefaultDataSet.DIVISION, Duration.ofSeconds(30));
        karaf.shell("koppel:set-journals " + SCHOOL + " 70 71", Duration.ofSeconds(30));
    }

    /** Hands the batch to Koppel with koppel:post, as a host would hand it over. */
    void post(KarafProcess karaf) throws Exception {
        Path file = karaf.home().resolve("documents.json").toAbsolutePath();
        Files.writeString(file, json());
        karaf.shell("koppel:post " + file, Duration.ofSeconds(60));
    }

    static void awaitBooked(ExactSimulator simulator, int count, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (booked(simulator).stream().distinct().count() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(booked(simulator).stream().distinct().count() + " of " + count + " booked");
            }
            Thread.sleep(250);
        }
    }

    /**
     * Waits until more documents are booked (at least {@code atLeast}, up to 80 more at random), kills the node with
     * kill -9 while it posts and starts it again with bin/start.
     *
     * @return the entries Exact held when the node was killed
     */
    static int killMidBatch(KarafProcess node, ExactSimulator simulator, java.util.Random random, int atLeast)
            throws Exception {
        int booked = (int) booked(simulator).stream().distinct().count();
        awaitBooked(simulator, booked + atLeast + random.nextInt(80), Duration.ofMinutes(4));
        Thread.sleep(random.nextInt(200));
        node.kill();
        int atKill = booked(simulator).size();
        node.start();
        return atKill;
    }

    /** The YourRef (the structured communication) of every sales entry in the division, one per entry. */
    static List<String> booked(ExactSimulator simulator) {
        return simulator.rows(DefaultDataSet.DIVISION, "salesentry/SalesEntries").stream()
                .map(entry -> String.valueOf(entry.get("YourRef"))).collect(Collectors.toList());
    }

    /** Each document's entries, for those booked more than once. */
    static Map<String, Long> bookedTwice(ExactSimulator simulator) {
        return moreThanOnce(booked(simulator).stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting())));
    }

    /** The customers Koppel made, by host address (their remarks). */
    static Map<Object, Long> customers(ExactSimulator simulator) {
        return simulator.rows(DefaultDataSet.DIVISION, "crm/Accounts").stream()
                .filter(account -> account.get("Remarks") != null)
                .collect(Collectors.groupingBy(account -> account.get("Remarks"), Collectors.counting()));
    }

    static <K> Map<K, Long> moreThanOnce(Map<K, Long> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Asserts that the overview holds no posting New, In progress, Failed or Fatal, waiting a while for them. */
    static void awaitNothingOpen(KarafProcess karaf, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        String open;
        do {
            open = karaf.shell("koppel:postings --status NEW,IN_PROGRESS,FAILED,FATAL", Duration.ofSeconds(60));
            if (open.contains("No postings")) {
                return;
            }
            Thread.sleep(1_000);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("postings left open: " + open);
    }

    /** Every write (POST, PUT, DELETE) Koppel sent the simulator, counted by path (not the browser's consent). */
    static Map<String, Long> writesReceived(ExactSimulator simulator) {
        return simulator.calls().stream().filter(call -> !"GET".equals(call.method()))
                .filter(call -> !call.path().startsWith("/api/oauth2/auth"))
                .collect(Collectors.groupingBy(RecordedCall::path, TreeMap::new, Collectors.counting()));
    }

    /** Every write in Koppel's transaction log, counted by path, read from its database over JDBC. */
    static Map<String, Long> writesLogged(String jdbcUrl, String user) throws Exception {
        return logged(jdbcUrl, user, "http_method <> 'GET'");
    }

    /** The PUTs in Koppel's transaction log, counted by path. */
    static Map<String, Long> putsLogged(String jdbcUrl, String user) throws Exception {
        return logged(jdbcUrl, user, "http_method = 'PUT'");
    }

    private static Map<String, Long> logged(String jdbcUrl, String user, String exchanges) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT path, COUNT(*) FROM koppel_transaction_log"
                     + " WHERE " + exchanges + " GROUP BY path")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    /** The writes Exact received that the log lacks, by path (empty when the log holds every one). */
    static Map<String, Long> writesMissingFromLog(Map<String, Long> received, Map<String, Long> logged) {
        Map<String, Long> missing = new TreeMap<>();
        received.forEach((path, count) -> {
            long inLog = logged.getOrDefault(path, 0L);
            if (inLog < count) {
                missing.put(path, count - inLog);
            }
        });
        return missing;
    }

    String json() {
        return BatchJson.documents(SCHOOL, documents, "INV-", "D-", 20_000, 700_000, true);
    }
}
