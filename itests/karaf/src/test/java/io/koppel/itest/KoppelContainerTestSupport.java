package io.koppel.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.apache.karaf.features.BootFinished;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The container tests, run once per database by the subclasses (one container each): Koppel's bundles are
 * Active, its services registered, its schema migrated, and the koppel feature reinstalls. Prints how long
 * the container took to boot and the feature to install.
 */
@RunWith(KoppelPaxExam.class)
@ExamReactorStrategy(PerClass.class)
public abstract class KoppelContainerTestSupport {

    private static final AtomicBoolean FIRST_TEST = new AtomicBoolean(true);

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected FeaturesService featuresService;

    /** Injected once Karaf has installed every boot feature. */
    @Inject
    protected BootFinished bootFinished;

    @Before
    public void reportBootOnce() throws Exception {
        if (FIRST_TEST.getAndSet(false)) {
            String label = Database.current().label();
            long configuredAt = Long.parseLong(System.getProperty("koppel.itest.configuredAt"));
            Report.print("container boot (" + label + "): "
                    + Report.seconds(System.currentTimeMillis() - configuredAt)
                    + " (Pax Exam configuration to first test, boot features installed)");
            Koppel.awaitServices(bundleContext);
            Report.print("koppel services up (" + label + "): "
                    + Report.seconds(System.currentTimeMillis() - configuredAt));
        }
    }

    @Test
    public void koppelBundlesAreActive() throws Exception {
        Koppel.awaitNone("Koppel bundles not active", () -> Koppel.notActive(bundleContext));
    }

    @Test
    public void koppelServicesAreRegistered() throws Exception {
        Koppel.awaitServices(bundleContext);
    }

    @Test
    public void schemaIsMigrated() throws Exception {
        Koppel.awaitServices(bundleContext);
        ServiceReference<?> reference = Koppel.reference(bundleContext, KoppelExpectations.DATASOURCE_FILTER);
        assertNotNull("no DataSource " + KoppelExpectations.DATASOURCE_FILTER, reference);
        DataSource dataSource = (DataSource) bundleContext.getService(reference);
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            TreeSet<String> tables = new TreeSet<>();
            try (ResultSet rs = metaData.getTables(connection.getCatalog(), connection.getSchema(), "%",
                    new String[] {"TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (table.startsWith("koppel_")) {
                        tables.add(table);
                    }
                }
            }
            List<String> missing = new ArrayList<>(KoppelExpectations.TABLES);
            missing.removeAll(tables);
            assertTrue("tables missing in " + metaData.getURL() + ": " + missing + " (found " + tables + ")",
                    missing.isEmpty());

            List<String> history = history(connection);
            assertTrue(KoppelExpectations.SCHEMA_HISTORY_TABLE + " is empty", !history.isEmpty());
            Report.print("schema (" + Database.current().label() + ", "
                    + metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion() + "): "
                    + tables.size() + " koppel tables, migrations " + history);
        } finally {
            bundleContext.ungetService(reference);
        }
    }

    @Test
    public void koppelFeatureReinstalls() throws Exception {
        Koppel.awaitServices(bundleContext);
        String feature = KoppelExpectations.FEATURE;
        assertTrue(feature + " is not installed",
                featuresService.isInstalled(featuresService.getFeature(feature)));

        // the dashboard's feature needs Koppel's: it goes first and comes back after
        boolean dashboard = featuresService.isInstalled(featuresService.getFeature(KoppelExpectations.DASHBOARD_FEATURE));
        if (dashboard) {
            featuresService.uninstallFeature(KoppelExpectations.DASHBOARD_FEATURE);
        }
        long start = System.currentTimeMillis();
        featuresService.uninstallFeature(feature);
        long uninstalled = System.currentTimeMillis();
        assertTrue("Koppel's bundles are still installed after feature:uninstall " + feature,
                Koppel.bundle(bundleContext, KoppelExpectations.BUNDLES.get(0)) == null);

        featuresService.installFeature(feature);
        long installed = System.currentTimeMillis();
        if (dashboard) {
            featuresService.installFeature(KoppelExpectations.DASHBOARD_FEATURE);
        }
        Koppel.awaitNone("Koppel services missing after reinstall", () -> Koppel.missingServices(bundleContext));
        long servicesUp = System.currentTimeMillis();
        Koppel.awaitNone("Koppel bundles not active after reinstall", () -> Koppel.notActive(bundleContext));

        Report.print("feature " + feature + " install (" + Database.current().label() + "): "
                + Report.seconds(installed - uninstalled) + ", services up after "
                + Report.seconds(servicesUp - uninstalled) + " (uninstall took "
                + Report.seconds(uninstalled - start) + ")");
        assertEquals("services after reinstall", List.of(), Koppel.missingServices(bundleContext));
    }

    private static List<String> history(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT version, description FROM "
                     + KoppelExpectations.SCHEMA_HISTORY_TABLE + " ORDER BY installed_at")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        return rows;
    }
}
