package io.koppel.itest;

import static org.junit.Assert.assertEquals;

import io.koppel.simulator.DefaultDataSet;
import io.koppel.simulator.ExactSimulator;
import io.koppel.simulator.FaultRule;
import io.koppel.simulator.RecordedCall;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.Assume;
import org.junit.Test;

/**
 * Customer updates on two Koppel distributions sharing one PostgreSQL database, each killed with kill -9 in turn
 * and started again with bin/start while the host streams billing-address changes to both. The host is a bundle
 * of its own in deploy/ ({@link CustomerChangeHost}) calling {@code CustomerService.addressChanged}; it tells a
 * change to one node and, when that node does not answer, to the other, and tells an address's next change only
 * once the previous one was taken, each time with a higher number in the street ("Straat 1", "Straat 2", ...),
 * the consecutive changes of an address going to alternate nodes. Then a few addresses change once more while a
 * node sends their update (Exact holds those PUTs a second). Counted in the simulator afterwards: every
 * customer holds its address's newest street, the streets each customer got from Exact's PUTs never go back, every
 * PUT Exact received is in Koppel's transaction log, and no customer was made twice.
 */
public class KoppelCustomerUpdatesCrashIT {
    private static final int DOCUMENTS = 100;
    private static final int FIRST_ADDRESS = 20_000;
    private static final int KILLS = 3;
    private static final int HOSTS = 4;
    private static final int CHANGED_WHILE_SENT = 6;
    private static final Pattern STREET_NUMBER = Pattern.compile("Straat (\\d+) ");
    private static final Pattern ADDRESS_LINE = Pattern.compile("\"AddressLine1\"\\s*:\\s*\"([^\"]*)\"");

    @Test
    public void addressChangesOnTwoNodesKilledInTurnEndNewestInExact() throws Exception {
        Assume.assumeTrue(Database.POSTGRESQL.enabled());
        long started = System.nanoTime();
        long seed = System.currentTimeMillis();
        Random random = new Random(seed);
        PostingBatch batch = new PostingBatch(DOCUMENTS);
        String schema = "koppel_customer_crash_itest";
        String jdbcUrl = System.getProperty("koppel.test.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test")
                + "?currentSchema=" + schema;
        String jdbcUser = System.getProperty("koppel.test.postgresql.user", "postgres");
        try (ExactSimulator simulator = ExactSimulator.start(
                PostingBatch.simulatorWithoutLimits().randomSeed(seed).build());
             KarafProcess first = KarafProcess.unpack(Path.of("target", "customer-crash", "first"));
             KarafProcess second = KarafProcess.unpack(Path.of("target", "customer-crash", "second"))) {
            List<KarafProcess> nodes = List.of(first, second);
            Map<KarafProcess, Integer> hostPorts = new HashMap<>();
            for (KarafProcess node : nodes) {
                PostingBatch.configure(node, simulator);
                // a change settles a second, so bursts coalesce and single changes go out between them
                node.configure("etc/io.koppel.customers.cfg", Map.of("settleSeconds", "1"));
                String port = FreePorts.next();
                Files.writeString(node.home().resolve(CustomerChangeHost.PORT_FILE), port);
                hostPorts.put(node, Integer.parseInt(port));
                deployHost(node.home().resolve("deploy/customer-change-host.jar"));
            }
            PostingBatch.shareTokenKey(nodes);
            first.usePostgresql(schema);
            second.sharePostgresql(schema);
            PostingBatch.startLinked(first, second);
            batch.post(first);
            PostingBatch.awaitBooked(simulator, DOCUMENTS, Duration.ofMinutes(3));
            assertEquals("customers before the changes", batch.addresses, PostingBatch.customers(simulator).size());
            int callsBefore = simulator.calls().size();

            // Exact answers late, so the kills land while updates are in flight
            simulator.addFault(FaultRule.latency(30).always());
            AtomicBoolean killing = new AtomicBoolean(true);
            AtomicInteger retold = new AtomicInteger();
            int[] newest = new int[batch.addresses];
            ExecutorService hosts = Executors.newFixedThreadPool(HOSTS);
            ExecutorService streamer = Executors.newSingleThreadExecutor();
            Future<Integer> stream = streamer.submit(() -> {
                int round = 0;
                // one more round after the last restart, so the newest changes meet a node that just came back
                for (boolean last = false; !last; ) {
                    last = !killing.get();
                    round++;
                    long roundStarted = System.nanoTime();
                    List<Future<?>> changes = new ArrayList<>();
                    for (int a = 0; a < batch.addresses; a++) {
                        int index = a;
                        int number = round;
                        changes.add(hosts.submit(() -> {
                            tell(hostPorts, nodes.get((index + number) % 2), nodes, index, number, retold);
                            newest[index] = number;
                            return null;
                        }));
                    }
                    for (Future<?> change : changes) {
                        change.get();
                    }
                    long left = 1_000 - Duration.ofNanos(System.nanoTime() - roundStarted).toMillis();
                    if (left > 0) {
                        Thread.sleep(left);
                    }
                }
                return round;
            });
            long streaming = System.nanoTime();
            List<String> kills = new ArrayList<>();
            for (int kill = 0; kill < KILLS; kill++) {
                Thread.sleep(3_000 + random.nextInt(4_000));
                KarafProcess victim = nodes.get((kill + 1) % 2);
                int putsAtKill = puts(simulator).size();
                victim.kill();
                kills.add((victim == first ? "first" : "second") + " at " + putsAtKill + " PUTs");
                victim.start();
            }
            killing.set(false);
            int rounds;
            try {
                rounds = stream.get(5, TimeUnit.MINUTES);
                changedWhileSent(simulator, hosts, hostPorts, nodes, newest, retold, jdbcUrl, jdbcUser);
            } finally {
                streamer.shutdownNow();
                hosts.shutdownNow();
            }
            long streamed = System.nanoTime();

            awaitNewest(simulator, newest, Duration.ofSeconds(90));
            awaitNothingOpen(jdbcUrl, jdbcUser, Duration.ofMinutes(1));
            Map<String, List<Integer>> received = streetsReceived(simulator);
            Map<String, Long> twice = PostingBatch.moreThanOnce(PostingBatch.customers(simulator)).entrySet().stream()
                    .collect(Collectors.toMap(e -> String.valueOf(e.getKey()), Map.Entry::getValue));
            Map<String, List<Integer>> backwards = new TreeMap<>();
            received.forEach((account, streets) -> {
                for (int i = 1; i < streets.size(); i++) {
                    if (streets.get(i) < streets.get(i - 1)) {
                        backwards.put(account, streets);
                        return;
                    }
                }
            });
            // the log masks the customer's fields, so each customer's PUTs are counted
            Map<String, Long> putsReceived = simulator.calls().stream().filter(call -> "PUT".equals(call.method()))
                    .collect(Collectors.groupingBy(RecordedCall::path, TreeMap::new, Collectors.counting()));
            Map<String, Long> notLogged = PostingBatch.writesMissingFromLog(putsReceived,
                    PostingBatch.putsLogged(jdbcUrl, jdbcUser));
            long answered = puts(simulator).size();
            long logged = PostingBatch.putsLogged(jdbcUrl, jdbcUser).values().stream().mapToLong(Long::longValue).sum();
            Report.print(String.format("customer updates on two nodes (seed %d): %d addresses changed %d times each,"
                    + " then %d of them twice more while their update was in flight: %d changes, %d of them told to"
                    + " the other node as the first did not take them; kill -9 of %s; %d calls to Exact for the"
                    + " changes, %d PUTs of customers answered with success (%d customers got one), %d PUTs in the"
                    + " log; %d customers got an older street after a newer one %s, %d customers' PUTs missing from"
                    + " the log %s, %d customers made twice %s; streaming %d s, %d s in all",
                    seed, batch.addresses, rounds, CHANGED_WHILE_SENT,
                    rounds * batch.addresses + 2 * CHANGED_WHILE_SENT, retold.get(), kills,
                    simulator.calls().size() - callsBefore, answered, received.size(), logged, backwards.size(),
                    some(backwards), notLogged.size(), some(notLogged), twice.size(), some(twice),
                    Duration.ofNanos(streamed - streaming).toSeconds(),
                    Duration.ofNanos(System.nanoTime() - started).toSeconds()));

            assertEquals("streets sent after a newer one", Map.of(), backwards);
            assertEquals("PUTs Exact received that the transaction log lacks", Map.of(), notLogged);
            assertEquals("customers made twice", Map.of(), twice);
            assertEquals("customers", batch.addresses, PostingBatch.customers(simulator).size());
            assertEquals("customers whose changes reached Exact", batch.addresses, received.size());
        }
    }

    /** A few entries of a map, enough to look into. */
    private static <V> Map<String, V> some(Map<String, V> map) {
        return map.entrySet().stream().limit(5).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                (a, b) -> a, TreeMap::new));
    }

    /**
     * Tells a change to a node as the host does and, until one of them took it, to the other: a killed node
     * answers nothing, one starting again may not offer the service yet.
     */
    private static void tell(Map<KarafProcess, Integer> hostPorts, KarafProcess preferred, List<KarafProcess> nodes,
            int index, int number, AtomicInteger retold) throws InterruptedException {
        String change = (FIRST_ADDRESS + index) + " Straat " + number;
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        KarafProcess node = preferred;
        boolean toldAgain = false;
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), hostPorts.get(node))) {
                socket.setSoTimeout(30_000);
                Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
                out.write(change + "\n");
                out.flush();
                String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.UTF_8)).readLine();
                if (answer != null && answer.equals("ok 1")) {
                    return;
                }
                if (answer != null && !answer.equals("unavailable")) {
                    throw new AssertionError(change + ": " + answer);
                }
            } catch (java.io.IOException notThere) {
                // killed, or not started yet
            }
            if (!toldAgain) {
                retold.incrementAndGet();
                toldAgain = true;
            }
            node = node == nodes.get(0) ? nodes.get(1) : nodes.get(0);
            Thread.sleep(50);
        }
        throw new AssertionError("no node took " + change);
    }

    /**
     * The last change of a few addresses arrives while a node sends their update: Exact holds those customers' PUTs
     * a second, and the host tells the change once a node has claimed the update, so Koppel holds a newer state
     * than the one in flight.
     */
    private static void changedWhileSent(ExactSimulator simulator, ExecutorService hosts,
            Map<KarafProcess, Integer> hostPorts, List<KarafProcess> nodes, int[] newest, AtomicInteger retold,
            String jdbcUrl, String jdbcUser) throws Exception {
        Map<String, String> accounts = new HashMap<>();
        for (Map<String, Object> account : simulator.rows(DefaultDataSet.DIVISION, "crm/Accounts")) {
            if (account.get("Remarks") != null) {
                accounts.put(String.valueOf(account.get("Remarks")).strip(), String.valueOf(account.get("ID")));
            }
        }
        List<Long> slowPuts = new ArrayList<>();
        List<Future<?>> changes = new ArrayList<>();
        for (int a = 0; a < CHANGED_WHILE_SENT; a++) {
            int index = a;
            String address = Integer.toString(FIRST_ADDRESS + index);
            slowPuts.add(simulator.addFault(FaultRule.latency(1_000).onMethod("PUT")
                    .onPath(Pattern.quote(accounts.get(address))).always()));
            changes.add(hosts.submit(() -> {
                tell(hostPorts, nodes.get(index % 2), nodes, index, newest[index] + 1, retold);
                awaitClaimed(jdbcUrl, jdbcUser, address, Duration.ofSeconds(60));
                tell(hostPorts, nodes.get((index + 1) % 2), nodes, index, newest[index] + 2, retold);
                newest[index] += 2;
                return null;
            }));
        }
        try {
            for (Future<?> change : changes) {
                change.get();
            }
        } finally {
            slowPuts.forEach(simulator::removeFault);
        }
    }

    private static void awaitClaimed(String jdbcUrl, String user, String address, Duration patience)
            throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
             PreparedStatement claimed = connection.prepareStatement("SELECT COUNT(*) FROM"
                     + " koppel_customer_update WHERE address_id = ? AND claimed_by IS NOT NULL")) {
            claimed.setString(1, address);
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = claimed.executeQuery()) {
                    if (rows.next() && rows.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("no node sent the update of " + address);
    }

    private static void awaitNewest(ExactSimulator simulator, int[] newest, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        Map<String, String> stale;
        do {
            stale = new TreeMap<>();
            for (Map<String, Object> account : simulator.rows(DefaultDataSet.DIVISION, "crm/Accounts")) {
                Object remarks = account.get("Remarks");
                if (remarks == null) {
                    continue;
                }
                int index = Integer.parseInt(String.valueOf(remarks).strip()) - FIRST_ADDRESS;
                String line = String.valueOf(account.get("AddressLine1"));
                if (!line.startsWith("Straat " + newest[index] + " ")) {
                    stale.put(String.valueOf(remarks), line + " (newest: Straat " + newest[index] + ")");
                }
            }
            if (stale.isEmpty()) {
                return;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("customers without their address's newest state: " + stale);
    }

    private static void awaitNothingOpen(String jdbcUrl, String user, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        String open;
        do {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT address_id, status, reason FROM"
                         + " koppel_customer_update WHERE status <> 'COMPLETED'")) {
                StringBuilder found = new StringBuilder();
                while (rows.next()) {
                    found.append(rows.getString(1)).append(' ').append(rows.getString(2)).append(' ')
                            .append(rows.getString(3)).append("; ");
                }
                open = found.toString();
            }
            if (open.isEmpty()) {
                return;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("customer updates left open: " + open);
    }

    /** The PUTs of customers Exact answered with success, in the order it received them. */
    private static List<RecordedCall> puts(ExactSimulator simulator) {
        return simulator.calls().stream().filter(call -> "PUT".equals(call.method()))
                .filter(call -> call.path().contains("crm/Accounts")).filter(call -> call.status() < 300)
                .sorted(Comparator.comparingLong(RecordedCall::sequence)).collect(Collectors.toList());
    }

    /** For each customer (its path), the street numbers its PUTs carried, in the order Exact received them. */
    private static Map<String, List<Integer>> streetsReceived(ExactSimulator simulator) {
        Map<String, List<Integer>> streets = new TreeMap<>();
        for (RecordedCall put : puts(simulator)) {
            Matcher number = STREET_NUMBER.matcher(addressLine(put.body()));
            if (number.find()) {
                streets.computeIfAbsent(put.path(), path -> new ArrayList<>()).add(Integer.parseInt(number.group(1)));
            }
        }
        return streets;
    }

    private static String addressLine(String body) {
        Matcher line = ADDRESS_LINE.matcher(body == null ? "" : body);
        return line.find() ? line.group(1) : "";
    }

    /** The host as a bundle in deploy/. */
    private static void deployHost(Path jar) throws Exception {
        HostBundle.write(jar, "io.koppel.itest.customer-change-host", CustomerChangeHost.class,
                "io.koppel.api.customer", "io.koppel.api.posting");
    }
}
