package io.koppel.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.koppel.simulator.internal.webhooks.WebhookSigner;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The Koppel distribution as an admin unpacks and starts it on a server: no user can log in with a known password,
 * SSH, HTTP and JMX answer on this machine only, and the README's step (a user line in etc/users.properties) lets
 * the admin in, with the password digested in the file at once. Koppel's OAuth callback and webhook endpoint take
 * only what Exact sends: refused are other methods, oversized requests, forged, altered and replayed ones. The
 * HTTPS template, filled in with a keystore, serves Koppel over TLS with plain HTTP off.
 */
public class KoppelSecureByDefaultIT {
    private static final String WEBHOOK_SECRET = "itest-webhook-secret";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    public void nobodyLogsInUntilAnAdminIsAddedAndKarafListensOnThisMachineOnly() throws Exception {
        long started = System.nanoTime();
        try (KarafProcess karaf = KarafProcess.unpackAsShipped(Path.of("target", "secure-by-default"))) {
            Path users = karaf.home().resolve("etc/users.properties");
            assertEquals("users shipped in etc/users.properties", List.of(), enabledUsers(users));

            karaf.configure("etc/io.koppel.auth.app-be.cfg", Map.of("site", "BE", "clientId", "itest-client",
                    "clientSecret", "itest-secret", "redirectUri", karaf.callback(), "baseUri", "http://127.0.0.1:9",
                    "webhookSecret", WEBHOOK_SECRET));
            karaf.start();
            for (int port : karaf.ports()) {
                assertEquals("the addresses port " + port + " listens on", Set.of("127.0.0.1"),
                        listeningAddresses(port, Duration.ofMinutes(2)));
            }
            for (String[] known : new String[][] {{"karaf", "karaf"}, {"admin", "admin"}, {"karaf", ""}}) {
                String answer = karaf.login(known[0], known[1], "bundle:list");
                assertFalse(known[0] + "/" + known[1] + " logged in: " + answer, answer.startsWith("0 "));
            }

            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().encodeToString(random);
            karaf.addUser("admin", password, "_g_:admingroup");
            String connections = karaf.shell("koppel:connections", Duration.ofMinutes(2));
            assertTrue(connections, connections.contains("No connections") || connections.contains("Entity"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (Files.readString(users).contains(password) && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            String stored = Files.readString(users);
            assertFalse("the password stays in clear in etc/users.properties", stored.contains(password));
            assertTrue(stored, stored.contains("admin = {CRYPT}"));

            theCallbackTakesOnlyWhatExactSends(karaf);
            theWebhookTakesOnlyWhatExactSignsOnce(karaf);
            theHttpsTemplateServesKoppelOverTls(karaf);
        }
        System.out.printf("[koppel-itest] secure by default: %d s%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    /**
     * Koppel's OAuth callback: a GET from Exact's redirect with a state Koppel made, once; nothing it receives is
     * echoed unescaped.
     */
    private void theCallbackTakesOnlyWhatExactSends(KarafProcess karaf) throws Exception {
        String callback = karaf.callback().replace("localhost", "127.0.0.1");
        assertEquals(405, http.send(HttpRequest.newBuilder(URI.create(callback))
                .POST(HttpRequest.BodyPublishers.ofString("state=x&code=y")).build(), BodyHandlers.ofString())
                .statusCode());
        assertEquals(414, get(callback + "?state=" + "a".repeat(43) + "&code=" + "c".repeat(5000)).statusCode());
        HttpResponse<String> forged = get(callback + "?state=" + "f".repeat(43) + "&code=stolen");
        assertEquals(400, forged.statusCode());
        assertTrue(forged.body(), forged.body().contains("not valid"));

        String consent = karaf.shell("koppel:connect school-1", Duration.ofSeconds(30));
        Matcher state = Pattern.compile("[?&]state=([A-Za-z0-9_-]+)").matcher(consent);
        assertTrue(consent, state.find());
        String script = URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8);
        HttpResponse<String> declined = get(callback + "?state=" + state.group(1) + "&error=" + script);
        assertEquals(400, declined.statusCode());
        assertTrue(declined.body(), declined.body().contains("&lt;script&gt;") && !declined.body().contains("<script>"));
        assertEquals("default-src 'none'", declined.headers().firstValue("Content-Security-Policy").orElse(""));
        HttpResponse<String> replayed = get(callback + "?state=" + state.group(1) + "&code=valid-looking");
        assertEquals(400, replayed.statusCode());
        assertTrue(replayed.body(), replayed.body().contains("not valid"));
    }

    /**
     * Koppel's webhook endpoint: a POST of JSON, small, signed with the app's webhook secret over the raw Content
     * (as Exact signs it), accepted once; a replay is acknowledged and ignored.
     */
    private void theWebhookTakesOnlyWhatExactSignsOnce(KarafProcess karaf) throws Exception {
        String webhooks = "http://127.0.0.1:" + karaf.httpPort() + "/koppel/webhooks/exact";
        String content = "{\"Topic\":\"SalesEntries\",\"ClientId\":\"itest-client\",\"Division\":100001,"
                + "\"Action\":\"Update\",\"Key\":\"" + UUID.randomUUID() + "\",\"ExactOnlineEndpoint\":"
                + "\"https://start.exactonline.be/api/v1/100001/salesentry/SalesEntries\",\"EventCreatedOn\":\"2026-11-29T20:00:00\"}";
        String signed = WebhookSigner.envelope(WEBHOOK_SECRET, content);

        assertEquals(405, get(webhooks).statusCode());
        assertEquals(200, post(webhooks, "application/json", "").statusCode());
        assertEquals(413, post(webhooks, "application/json", signed + " ".repeat(20_000)).statusCode());
        assertEquals(415, post(webhooks, "text/plain", signed).statusCode());
        assertEquals(403, post(webhooks, "application/json", WebhookSigner.envelope("forged-secret", content))
                .statusCode());
        assertEquals(403, post(webhooks, "application/json", signed.replace("100001,", "100002,")).statusCode());
        HttpResponse<String> accepted = post(webhooks, "application/json; charset=utf-8", signed);
        assertEquals(200, accepted.statusCode());
        assertEquals("accepted", accepted.body().strip());
        HttpResponse<String> replayed = post(webhooks, "application/json", signed);
        assertEquals(200, replayed.statusCode());
        assertEquals("seen before", replayed.body().strip());
        String log = Files.readString(karaf.home().resolve("data/log/karaf.log"));
        assertEquals(1, Pattern.compile("Exact webhook SalesEntries Update for division 100001: posted as"
                + " io/koppel/exact/webhook/SalesEntries").matcher(log).results().count());
    }

    /** config-templates/org.ops4j.pax.web-https.cfg as an admin fills it in: HTTPS with a keystore, no plain HTTP. */
    private void theHttpsTemplateServesKoppelOverTls(KarafProcess karaf) throws Exception {
        Path keystore = karaf.home().resolve("etc/koppel-https.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "koppel", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "itest-pass", "-keypass", "itest-pass")
                .redirectErrorStream(true).start();
        String keytoolOutput = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(keytoolOutput, 0, keytool.waitFor());
        String httpsPort = FreePorts.next();
        String filledIn = Files.readString(karaf.home().resolve("config-templates/org.ops4j.pax.web-https.cfg"))
                .replace("org.ops4j.pax.web.listening.addresses = 0.0.0.0", "org.ops4j.pax.web.listening.addresses = 127.0.0.1")
                .replace("org.osgi.service.http.port.secure = 8443", "org.osgi.service.http.port.secure = " + httpsPort)
                .replace("change-me", "itest-pass");
        Files.writeString(karaf.home().resolve("etc/org.ops4j.pax.web.cfg"), filledIn);

        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keystore)) {
            trusted.load(in, "itest-pass".toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        HttpClient https = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest validation = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + httpsPort
                + "/koppel/webhooks/exact")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> answer = https.send(validation, BodyHandlers.ofString());
                assertEquals(200, answer.statusCode());
                assertEquals(Set.of("127.0.0.1"), listeningAddresses(Integer.parseInt(httpsPort), Duration.ZERO));
                assertEquals("plain HTTP is off", Set.of(), listeningAddresses(karaf.httpPort(), Duration.ZERO));
                return;
            } catch (java.io.IOException notYet) {
                last = notYet.toString();
                Thread.sleep(500);
            }
        }
        throw new AssertionError("Koppel did not answer over HTTPS on " + httpsPort + ": " + last);
    }

    private HttpResponse<String> get(String address) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(address)).GET().build(), BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String address, String type, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(address)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
    }

    /** The users a properties file enables: lines USER = ..., not groups (_g_\:NAME) and not comments. */
    private static List<String> enabledUsers(Path users) throws Exception {
        return Files.readAllLines(users).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("_g_"))
                .map(line -> line.split("\\s*=", 2)[0]).toList();
    }

    /**
     * The local addresses sockets listen on for a TCP port, from /proc/net/tcp and tcp6 (Java binds IPv6 sockets:
     * 127.0.0.1 shows as ::ffff:127.0.0.1, every interface as ::), waiting until something listens.
     */
    private static Set<String> listeningAddresses(int port, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        Set<String> addresses = new TreeSet<>();
        while (true) {
            for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                List<String> sockets = Files.readAllLines(Path.of(table));
                for (String line : sockets.subList(1, sockets.size())) {
                    String[] fields = line.strip().split("\\s+");
                    String[] local = fields[1].split(":");
                    if ("0A".equals(fields[3]) && Integer.parseInt(local[1], 16) == port) {
                        addresses.add(address(local[0]));
                    }
                }
            }
            if (!addresses.isEmpty() || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(500);
        }
        return addresses;
    }

    private static String address(String hex) {
        if (hex.length() == 32 && hex.startsWith("0000000000000000FFFF0000")) {
            hex = hex.substring(24);
        }
        if (hex.length() == 8) {
            long value = Long.parseLong(hex, 16);
            return (value & 0xff) + "." + ((value >> 8) & 0xff) + "." + ((value >> 16) & 0xff) + "." + ((value >> 24) & 0xff);
        }
        return hex.equals("00000000000000000000000000000000") ? "::" : hex;
    }
}
