package io.koppel.itest;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;

import javax.inject.Inject;

import org.apache.karaf.features.BootFinished;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * A store whose DataSource filter matches nothing (etc/io.koppel.store.cfg, dataSource.target) says so in
 * data/log/karaf.log, naming the filter and the .cfg files to fix, after dataSource.warnAfterSeconds (1 s here).
 */
@RunWith(KoppelPaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KoppelMissingDataSourceIT {

    private static final String MISSING_TARGET = "(osgi.jndi.service.name=jdbc/koppel-missing)";

    @Inject
    private BundleContext bundleContext;

    @Inject
    private BootFinished bootFinished;

    @Configuration
    public Option[] configuration() {
        return KoppelOptions.container(Database.H2,
                editConfigurationFilePut("etc/io.koppel.store.cfg", "dataSource.target", MISSING_TARGET),
                editConfigurationFilePut("etc/io.koppel.store.cfg", "dataSource.warnAfterSeconds", "1"));
    }

    @Test
    public void missingDataSourceIsLoggedWithFilterAndCfgFile() throws Exception {
        Path log = Paths.get(System.getProperty("karaf.log"), "karaf.log");
        long deadline = System.currentTimeMillis() + Koppel.TIMEOUT_MILLIS;
        Optional<String> warning = Optional.empty();
        while (warning.isEmpty() && System.currentTimeMillis() < deadline) {
            warning = lines(log).stream()
                    .filter(line -> line.contains("WARN") && line.contains(MISSING_TARGET))
                    .findFirst();
            if (warning.isEmpty()) {
                Thread.sleep(200);
            }
        }
        if (warning.isEmpty()) {
            fail("no WARN line naming " + MISSING_TARGET + " in " + log + " after "
                    + Report.seconds(Koppel.TIMEOUT_MILLIS));
        }
        String line = warning.get();
        Report.print("missing DataSource warning: " + line.trim());
        assertTrue("the warning names etc/io.koppel.store.cfg: " + line, line.contains("io.koppel.store.cfg"));
        assertTrue("the warning names etc/org.ops4j.datasource-koppel.cfg: " + line,
                line.contains("org.ops4j.datasource-koppel.cfg"));
    }

    @Test
    public void storeIsNotRegisteredWithoutDataSource() throws Exception {
        // the bundles are still Active: only the store component waits for its DataSource
        Koppel.awaitNone("Koppel bundles not active", () -> Koppel.notActive(bundleContext));
        for (String service : KoppelExpectations.SERVICES) {
            if (service.equals("io.koppel.store.Store")) {
                assertTrue(service + " is registered without a DataSource",
                        Koppel.reference(bundleContext, "(objectClass=" + service + ")") == null);
            }
        }
    }

    private static List<String> lines(Path log) throws IOException {
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.ISO_8859_1) : List.of();
    }
}
