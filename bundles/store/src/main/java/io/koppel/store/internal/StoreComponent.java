package io.koppel.store.internal;

import io.koppel.store.KoppelNode;
import io.koppel.store.Store;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migrates the schema on the host's DataSource and then registers the {@link Store}. Migration runs off the
 * activating thread and is retried while the database cannot be reached, so Karaf's start does not wait for it
 * and a database that comes up late is picked up.
 */
@Component(configurationPid = StoreConfiguration.PID, immediate = true)
@Designate(ocd = StoreConfiguration.class)
// Registered by hand once migrated, so bnd cannot see it: say so for the resolver.
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=io.koppel.store.Store",
        uses = Store.class)
public class StoreComponent {
    private static final Logger LOG = LoggerFactory.getLogger(StoreComponent.class);

    private final DataSource dataSource;
    private final BundleContext bundleContext;
    private final StoreConfiguration configuration;
    private final ScheduledExecutorService migrator = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "koppel-store-migration"));
    private volatile ServiceRegistration<Store> registration;

    @Activate
    public StoreComponent(@Reference(name = "dataSource") DataSource dataSource, BundleContext bundleContext,
            StoreConfiguration configuration) {
        this.dataSource = dataSource;
        this.bundleContext = bundleContext;
        this.configuration = configuration;
        migrator.execute(this::migrateAndRegister);
    }

    private void migrateAndRegister() {
        try {
            List<Integer> applied = new SchemaMigrator(dataSource, KoppelNode.current().claimName(), Clock.systemUTC(),
                    Migration.inBundle(bundleContext.getBundle())).migrate();
            MyBatisStore store = MyBatisStore.on(dataSource);
            LOG.info("Koppel store ready on {} (DataSource {}); migrations applied now: {}", store.databaseKind(),
                    configuration.dataSource_target(), applied.isEmpty() ? "none" : applied);
            registration = bundleContext.registerService(Store.class, store, null);
        } catch (Exception e) {
            LOG.error("Koppel store cannot use the DataSource matching {}: {}. Check the database and"
                    + " etc/org.ops4j.datasource-koppel.cfg; trying again in {} s", configuration.dataSource_target(),
                    e.getMessage(), configuration.migration_retrySeconds(), e);
            if (!migrator.isShutdown()) {
                migrator.schedule(this::migrateAndRegister, configuration.migration_retrySeconds(), TimeUnit.SECONDS);
            }
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        migrator.shutdownNow();
        migrator.awaitTermination(30, TimeUnit.SECONDS);
        ServiceRegistration<Store> registered = registration;
        if (registered != null) {
            registered.unregister();
        }
    }
}
