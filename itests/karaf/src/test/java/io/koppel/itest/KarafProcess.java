package io.koppel.itest;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Koppel distribution as an admin runs it: unpacked, configured through etc/, started and stopped with
 * bin/start and bin/stop, commanded through bin/client. Driver side only.
 */
final class KarafProcess implements AutoCloseable {
    /** The admin the tests log in with, written into etc/users.properties before the first start. */
    private final Path home;
    private final String sshPort = FreePorts.next();
    private final String httpPort = FreePorts.next();
    private final String rmiRegistryPort = FreePorts.next();
    private String user;
    private String password;

    private KarafProcess(Path home) {
        this.home = home;
    }

    /**
     * Unpacks the distribution this build made into a fresh folder, on free ports, with an admin of the test's own
     * (the distribution ships no user).
     */
    static KarafProcess unpack(Path folder) throws Exception {
        KarafProcess karaf = unpackAsShipped(folder);
        karaf.addUser("itest", Long.toHexString(new java.security.SecureRandom().nextLong()) + "-secret",
                "_g_:admingroup");
        return karaf;
    }

    /** Unpacks the distribution on free ports, changing nothing else: no user can log in. */
    static KarafProcess unpackAsShipped(Path folder) throws Exception {
        deleteRecursively(folder);
        Files.createDirectories(folder);
        run(folder, Duration.ofMinutes(2), Map.of(), "tar", "xzf", System.getProperty("koppel.itest.distribution"));
        try (var entries = Files.list(folder)) {
            KarafProcess karaf = new KarafProcess(entries.filter(Files::isDirectory).findFirst().orElseThrow()
                    .toAbsolutePath());
            karaf.configure("etc/org.apache.karaf.shell.cfg", Map.of("sshPort", karaf.sshPort));
            karaf.configure("etc/org.ops4j.pax.web.cfg", Map.of("org.osgi.service.http.port", karaf.httpPort));
            karaf.configure("etc/org.apache.karaf.management.cfg", Map.of("rmiRegistryPort", karaf.rmiRegistryPort,
                    "rmiServerPort", FreePorts.next()));
            return karaf;
        }
    }

    /** Adds a Karaf user as the README tells an admin to, and uses it for {@link #shell}. */
    void addUser(String name, String secret, String groups) throws IOException {
        Files.writeString(home.resolve("etc/users.properties"), name + " = " + secret + "," + groups + "\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        this.user = name;
        this.password = secret;
    }

    /** Sets properties of a .cfg file in etc/, creating it when missing. */
    void configure(String file, Map<String, String> properties) throws IOException {
        Path cfg = home.resolve(file);
        List<String> lines = Files.exists(cfg) ? new ArrayList<>(Files.readAllLines(cfg)) : new ArrayList<>();
        for (Map.Entry<String, String> property : properties.entrySet()) {
            lines.removeIf(line -> line.matches("\\s*" + java.util.regex.Pattern.quote(property.getKey()) + "\\s*=.*"));
            lines.add(property.getKey() + " = " + property.getValue());
        }
        Files.write(cfg, lines, StandardCharsets.UTF_8);
    }

    /** The address of Karaf's HTTP service, e.g. http://localhost:8181. */
    String httpAddress() {
        return "http://localhost:" + httpPort;
    }

    String callback() {
        return "http://localhost:" + httpPort + "/koppel/oauth/callback";
    }

    /** Karaf's ports: SSH, HTTP and the RMI registry of JMX. */
    List<Integer> ports() {
        return List.of(Integer.parseInt(sshPort), Integer.parseInt(httpPort), Integer.parseInt(rmiRegistryPort));
    }

    int httpPort() {
        return Integer.parseInt(httpPort);
    }

    /** One bin/client login with these credentials: its exit code, then its output. */
    String login(String name, String secret, String commands) throws Exception {
        Process client = new ProcessBuilder("bin/client", "-u", name, "-p", secret, "-a", sshPort, "-r", "3", "-b")
                .directory(home.toFile()).redirectErrorStream(true).start();
        client.getOutputStream().write((commands + "\n").getBytes(StandardCharsets.UTF_8));
        client.getOutputStream().close();
        String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return client.waitFor() + " " + output;
    }

    Path home() {
        return home;
    }

    /** Starts Karaf as bin/start does and waits until it runs; its console output goes to data/karaf.out. */
    void start() throws Exception {
        Files.createDirectories(home.resolve("data"));
        run(home, Duration.ofMinutes(1), Map.of("KARAF_REDIRECT", home.resolve("data/karaf.out").toString()),
                "bin/start");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (exitCode(home, "bin/status") != 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Karaf did not start: see " + home.resolve("data/karaf.out"));
            }
            Thread.sleep(500);
        }
    }

    /** Stops Karaf as bin/stop does and waits until its process is gone. */
    void stop() throws Exception {
        run(home, Duration.ofMinutes(1), Map.of(), "bin/stop");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            if (exitCode(home, "bin/status") != 0 && !javaProcessAlive()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Karaf did not stop within 2 minutes");
    }

    /**
     * Kills the Karaf JVM as the OOM killer or a power cut would (SIGKILL: no shutdown hook, nothing flushed) and
     * waits until it is gone.
     */
    void kill() throws Exception {
        ProcessHandle jvm = ProcessHandle.of(Long.parseLong(Files.readString(home.resolve("karaf.pid")).strip()))
                .orElseThrow(() -> new AssertionError("no Karaf JVM to kill"));
        jvm.destroyForcibly();
        jvm.onExit().get(1, TimeUnit.MINUTES);
    }

    /** Points the distribution at a PostgreSQL schema of its own, emptied, before its first start. */
    void usePostgresql(String schema) throws Exception {
        String url = System.getProperty("koppel.test.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getProperty("koppel.test.postgresql.user", "postgres");
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, user, "");
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        }
        sharePostgresql(schema);
    }

    /** Points the distribution at a PostgreSQL schema another node uses already. */
    void sharePostgresql(String schema) throws Exception {
        String url = System.getProperty("koppel.test.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getProperty("koppel.test.postgresql.user", "postgres");
        Path cfg = home.resolve("etc/org.ops4j.datasource-koppel.cfg");
        Files.copy(home.resolve("config-templates/datasource-postgresql.cfg"), cfg,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        configure("etc/org.ops4j.datasource-koppel.cfg", Map.of("url", url + "?currentSchema=" + schema,
                "user", user));
    }

    /**
     * Points the distribution at a MariaDB database of its own, emptied, before its first start: a database of the
     * server named after the configured one (koppel.test.mariadb.url), so runs against different databases of one
     * server never empty each other's tables.
     *
     * @return the JDBC URL of that database
     */
    String useMariadb(String name) throws Exception {
        String url = System.getProperty("koppel.test.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/test");
        String user = System.getProperty("koppel.test.mariadb.user", "root");
        String configured = url.substring(url.lastIndexOf('/') + 1).split("[?;]")[0];
        String database = configured.isEmpty() || configured.equals("test") ? name : configured + "_" + name;
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, user, "");
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database);
        }
        String databaseUrl = url.substring(0, url.lastIndexOf('/') + 1) + database;
        Path cfg = home.resolve("etc/org.ops4j.datasource-koppel.cfg");
        Files.copy(home.resolve("config-templates/datasource-mariadb.cfg"), cfg,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        configure("etc/org.ops4j.datasource-koppel.cfg", Map.of("url", databaseUrl, "user", user));
        return databaseUrl;
    }

    /** Runs shell commands through bin/client, retrying until Karaf's shell answers them. */
    String shell(String commands, Duration patience) throws Exception {
        return shell(user, password, commands, patience);
    }

    /** Runs shell commands through bin/client as a user of etc/users.properties (who needs the ssh role). */
    String shell(String user, String password, String commands, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            Process client = new ProcessBuilder("bin/client", "-u", user, "-p", password, "-a", sshPort, "-r", "3",
                    "-b").directory(home.toFile()).redirectErrorStream(true).start();
            client.getOutputStream().write((commands + "\n").getBytes(StandardCharsets.UTF_8));
            client.getOutputStream().close();
            last = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("\u001B\\[[0-9;]*m", "");
            if (client.waitFor() == 0 && !last.contains("Command not found") && !last.contains("Connection refused")
                    && !last.contains("Authentication failed")) {
                return last;
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("Karaf's shell did not run \"" + commands + "\": " + last);
    }

    /** Whether the JVM of karaf.pid still runs: bin/status says "Not Running" while it is still letting go. */
    private boolean javaProcessAlive() throws IOException {
        Path pid = home.resolve("karaf.pid");
        if (!Files.exists(pid)) {
            return false;
        }
        String text = Files.readString(pid).strip();
        return !text.isEmpty() && ProcessHandle.of(Long.parseLong(text)).map(ProcessHandle::isAlive).orElse(false);
    }

    @Override
    public void close() throws Exception {
        if (exitCode(home, "bin/status") == 0) {
            stop();
        }
    }

    private static void run(Path directory, Duration patience, Map<String, String> environment, String... command)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/karaf-process.log")));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " failed in " + directory
                    + " (see target/karaf-process.log)");
        }
    }

    private static int exitCode(Path directory, String command) throws Exception {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

}
