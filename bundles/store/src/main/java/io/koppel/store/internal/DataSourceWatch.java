package io.koppel.store.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says so in the log when no DataSource matches the store's filter. Without it a missing or misnamed DataSource
 * leaves the store unsatisfied in silence, and nothing posts.
 */
@Component(configurationPid = StoreConfiguration.PID, immediate = true)
public class DataSourceWatch {
    private static final Logger LOG = LoggerFactory.getLogger(DataSourceWatch.class);
    private static final long REPEAT_MINUTES = 5;

    private final ServiceTracker<DataSource, DataSource> tracker;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "koppel-datasource-watch"));
    private final String target;

    @Activate
    public DataSourceWatch(BundleContext context, StoreConfiguration configuration) throws InvalidSyntaxException {
        target = configuration.dataSource_target();
        tracker = new ServiceTracker<>(context, context.createFilter(
                "(&(" + Constants.OBJECTCLASS + "=" + DataSource.class.getName() + ")" + target + ")"), null);
        tracker.open();
        timer.scheduleWithFixedDelay(this::warnIfMissing, configuration.dataSource_warnAfterSeconds(),
                TimeUnit.MINUTES.toSeconds(REPEAT_MINUTES), TimeUnit.SECONDS);
    }

    private void warnIfMissing() {
        if (tracker.isEmpty()) {
            LOG.warn("Koppel is waiting for a DataSource service matching {}: none is registered, so nothing is"
                    + " stored or posted. Configure it in etc/org.ops4j.datasource-koppel.cfg (templates in"
                    + " config-templates/), or set dataSource.target in etc/{}.cfg to the host's DataSource.",
                    target, StoreConfiguration.PID);
        }
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
        tracker.close();
    }
}
