package io.koppel.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

/**
 * The Koppel distribution as an admin unpacks and starts it on a server: no user can log in with a known password,
 * SSH, HTTP and JMX answer on this machine only, and the README's step (a user line in etc/users.properties) lets
 * the admin in, with the password digested in the file at once.
 */
public class KoppelSecureByDefaultIT {

    @Test
    public void nobodyLogsInUntilAnAdminIsAddedAndKarafListensOnThisMachineOnly() throws Exception {
        long started = System.nanoTime();
        try (KarafProcess karaf = KarafProcess.unpackAsShipped(Path.of("target", "secure-by-default"))) {
            Path users = karaf.home().resolve("etc/users.properties");
            assertEquals("users shipped in etc/users.properties", List.of(), enabledUsers(users));

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
        }
        System.out.printf("[koppel-itest] secure by default: %d s%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
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
        while (addresses.isEmpty() && System.nanoTime() < deadline) {
            for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                for (String line : Files.readAllLines(Path.of(table)).subList(1, Files.readAllLines(Path.of(table)).size())) {
                    String[] fields = line.strip().split("\\s+");
                    String[] local = fields[1].split(":");
                    if ("0A".equals(fields[3]) && Integer.parseInt(local[1], 16) == port) {
                        addresses.add(address(local[0]));
                    }
                }
            }
            if (addresses.isEmpty()) {
                Thread.sleep(500);
            }
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
