package io.koppel.itest;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.options.extra.VMOption;

/**
 * Driver side only (never loaded in the container): the Pax Exam options that boot the Koppel distribution
 * built by this reactor, offline, on free ports, with the chosen database.
 */
public final class KoppelOptions {

    /** System property (in the container) with the driver's clock when the configuration was made. */
    public static final String CONFIGURED_AT = "koppel.itest.configuredAt";

    /** The PostgreSQL schema the PostgreSQL run uses; dropped and created again before each run. */
    public static final String POSTGRESQL_SCHEMA = "koppel_itest";

    private static final String DATASOURCE_CFG = "etc/org.ops4j.datasource-koppel.cfg";

    private KoppelOptions() {
    }

    /** The distribution with the given database, plus the test's own options. */
    public static Option[] container(Database db, Option... extra) {
        List<Option> options = new ArrayList<>(base());
        options.add(systemProperty(Database.PROPERTY).value(db.id()));
        options.addAll(database(db));
        options.addAll(Arrays.asList(extra));
        return options.toArray(new Option[0]);
    }

    /**
     * The distribution on H2 with Koppel's app registration (site BE) pointing at a simulator, its HTTP endpoints
     * (OAuth callback, webhooks) on a free port, a posting queue that polls every 200 ms and retries after a
     * second, plus the test's own options. The container finds both addresses through {@link ContainerSimulator}.
     */
    public static Option[] linkedToSimulator(String simulator, Option... extra) {
        String posting = "etc/io.koppel.posting.cfg";
        List<Option> options = new ArrayList<>(linkedToSimulator(simulator));
        options.add(editConfigurationFilePut(posting, "pollMillis", "200"));
        options.add(editConfigurationFilePut(posting, "firstRetrySeconds", "1"));
        options.addAll(Arrays.asList(extra));
        return container(Database.H2, options.toArray(new Option[0]));
    }

    private static List<Option> base() {
        String karafVersion = required("koppel.itest.karafVersion");
        File distribution = new File(required("koppel.itest.distribution"));
        if (!distribution.isFile()) {
            throw new IllegalStateException(distribution + " is missing: build it first (mvn -B verify from the root)");
        }
        String localRepository = required("koppel.itest.localRepository");
        List<Option> options = new ArrayList<>();
        options.add(karafDistributionConfiguration()
                .frameworkUrl(distribution.toURI().toString())
                .karafVersion(karafVersion)
                .name("Koppel")
                .unpackDirectory(new File("target/exam"))
                .useDeployFolder(false));
        options.add(keepRuntimeFolder());
        options.add(logLevel(LogLevel.INFO));
        options.add(configureConsole().ignoreLocalConsole());
        options.add(systemProperty(CONFIGURED_AT).value(Long.toString(System.currentTimeMillis())));
        // offline: only system/ and the build's local repository (where Pax Exam's own bundles are)
        options.add(editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
                "org.ops4j.pax.url.mvn.repositories", ""));
        options.add(editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
                "org.ops4j.pax.url.mvn.localRepository", localRepository));
        options.add(editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
                "org.ops4j.pax.url.mvn.offline", "true"));
        // free ports: SSH, JMX (RMI registry and server), HTTP for later features
        options.add(editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", FreePorts.next()));
        options.add(editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort",
                FreePorts.next()));
        options.add(editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort",
                FreePorts.next()));
        options.add(editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port",
                FreePorts.next()));
        options.addAll(java17());
        return options;
    }

    /** The module flags bin/karaf gives Java 9+ (Pax Exam 4.12+ no longer adds them). */
    private static List<Option> java17() {
        String karafVersion = required("koppel.itest.karafVersion");
        List<Option> vm = new ArrayList<>();
        for (String flag : new String[] {
                "--add-reads=java.xml=java.logging",
                "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karafVersion + ".jar",
                "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karafVersion + ".jar",
                "--add-opens", "java.base/java.security=ALL-UNNAMED",
                "--add-opens", "java.base/java.net=ALL-UNNAMED",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "--add-opens", "java.base/java.util=ALL-UNNAMED",
                "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
                "--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED",
                "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED",
                "-classpath", String.join(File.pathSeparator, "lib/jdk9plus/*", "lib/boot/*", "lib/endorsed/*"),
        }) {
            vm.add(new VMOption(flag));
        }
        return vm;
    }

    /** Points etc/org.ops4j.datasource-koppel.cfg at the database, after emptying Koppel's tables there. */
    private static List<Option> database(Database db) {
        switch (db) {
        case H2:
            // the distribution's own etc/org.ops4j.datasource-koppel.cfg; a fresh data/ each run
            return List.of();
        case POSTGRESQL: {
            String url = required("koppel.test.postgresql.url");
            String user = required("koppel.test.postgresql.user");
            execute(url, user, "DROP SCHEMA IF EXISTS " + POSTGRESQL_SCHEMA + " CASCADE",
                    "CREATE SCHEMA " + POSTGRESQL_SCHEMA);
            String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + POSTGRESQL_SCHEMA;
            return List.of(datasourceCfg("datasource-postgresql.cfg", schemaUrl, user));
        }
        case MARIADB: {
            String url = required("koppel.test.mariadb.url");
            String user = required("koppel.test.mariadb.user");
            dropMariadbKoppelTables(url, user);
            return List.of(datasourceCfg("datasource-mariadb.cfg", url, user));
        }
        default:
            throw new IllegalArgumentException(db.toString());
        }
    }

    /** The template from config-templates/, with url and user set, as etc/org.ops4j.datasource-koppel.cfg. */
    private static Option datasourceCfg(String template, String url, String user) {
        try {
            Path source = Path.of(required("koppel.itest.templates"), template);
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
                if (line.startsWith("url ") || line.startsWith("url=")) {
                    line = "url = " + url;
                } else if (line.startsWith("user ") || line.startsWith("user=")) {
                    line = "user = " + user;
                }
                lines.add(line);
            }
            Path target = Path.of("target", "itest-cfg", template).toAbsolutePath();
            Files.createDirectories(target.getParent());
            Files.write(target, lines, StandardCharsets.UTF_8);
            return replaceConfigurationFile(DATASOURCE_CFG, target.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void dropMariadbKoppelTables(String url, String user) {
        try (Connection c = DriverManager.getConnection(url, user, "");
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_name LIKE 'koppel\\_%'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : tables) {
                s.execute("DROP TABLE IF EXISTS `" + table + "`");
            }
            s.execute("SET FOREIGN_KEY_CHECKS = 1");
            Report.print("MariaDB: dropped " + tables.size() + " koppel_* tables at " + url);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB not reachable at " + url + " as " + user
                    + " (skip it with -Dkoppel.test.databases=h2,postgresql): " + e.getMessage(), e);
        }
    }

    private static void execute(String url, String user, String... sql) {
        try (Connection c = DriverManager.getConnection(url, user, "");
             Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL not reachable at " + url + " as " + user
                    + " (skip it with -Dkoppel.test.databases=h2,mariadb): " + e.getMessage(), e);
        }
    }


    /**
     * Karaf's HTTP port and the Belgian app registered at the simulator (etc/io.koppel.auth.app-be.cfg), its OAuth
     * callback on that port; the test reads both back as system properties {@code koppel.itest.simulator} and
     * {@code koppel.itest.httpPort}.
     */
    private static List<Option> linkedToSimulator(String simulator) {
        String httpPort = FreePorts.next();
        String app = "etc/io.koppel.auth.app-be.cfg";
        return List.of(
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
                editConfigurationFilePut(app, "site", "BE"),
                editConfigurationFilePut(app, "clientId", ExactConsent.CLIENT_ID),
                editConfigurationFilePut(app, "clientSecret", ExactConsent.CLIENT_SECRET),
                editConfigurationFilePut(app, "redirectUri", "http://localhost:" + httpPort + "/koppel/oauth/callback"),
                editConfigurationFilePut(app, "baseUri", simulator),
                editConfigurationFilePut(app, "webhookSecret", ExactConsent.WEBHOOK_SECRET),
                systemProperty(ContainerSimulator.SIMULATOR).value(simulator),
                systemProperty(ContainerSimulator.HTTP_PORT).value(httpPort));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property
                    + " is not set: run the itests through Maven (failsafe sets it)");
        }
        return value;
    }
}
