package io.koppel.dashboard.internal;

import io.koppel.api.connection.ConnectionService;
import io.koppel.api.customer.CustomerService;
import io.koppel.api.log.TransactionLog;
import io.koppel.api.posting.PostingAdministration;
import io.koppel.api.posting.PostingService;
import io.koppel.api.sync.PaymentSyncService;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import javax.servlet.Servlet;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the dashboard through the HTTP whiteboard under the configured path. The servlet is registered here, not
 * declared, because its pattern follows the configuration. Payment sync and customer updates are optional: without
 * their bundle the dashboard works and their pages say they are not installed.
 */
@Component(configurationPid = DashboardConfiguration.PID)
@Designate(ocd = DashboardConfiguration.class)
public class DashboardComponent {
    /** Service property naming where the dashboard is, for pages that link to it. */
    public static final String PATH_PROPERTY = "koppel.dashboard.path";
    private static final Logger LOG = LoggerFactory.getLogger(DashboardComponent.class);

    private final ServiceRegistration<Servlet> registration;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PaymentSyncService sync;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CustomerService customers;

    @Activate
    public DashboardComponent(BundleContext context, DashboardConfiguration configuration,
            @Reference PostingService postings, @Reference PostingAdministration administration,
            @Reference ConnectionService connections, @Reference TransactionLog log) {
        String path = normalized(configuration.path());
        Map<String, Endpoint> routes = new HashMap<>();
        new PostingsEndpoints(postings, administration, ZoneId.systemDefault()).register(routes);
        new ConnectionsEndpoints(connections).register(routes);
        new LogEndpoints(log).register(routes);
        SyncEndpoints syncEndpoints = new SyncEndpoints(() -> Optional.ofNullable(sync), connections);
        syncEndpoints.register(routes);
        CustomerUpdatesEndpoints customerEndpoints = new CustomerUpdatesEndpoints(
                () -> Optional.ofNullable(customers));
        customerEndpoints.register(routes);
        routes.put("GET installed", Endpoint.get(Role.CLERK, call -> Map.of(SyncEndpoints.FEATURE,
                syncEndpoints.installed(), CustomerUpdatesEndpoints.FEATURE, customerEndpoints.installed())));
        DashboardServlet servlet = new DashboardServlet(path, routes,
                new Sessions(Clock.systemUTC(), Duration.ofMinutes(configuration.idleMinutes())),
                new JaasLogin(configuration.realm(), configuration.clerkRole(), configuration.adminRole()));
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("osgi.http.whiteboard.servlet.pattern", path + "/*");
        properties.put("osgi.http.whiteboard.servlet.name", "koppel-dashboard");
        properties.put(PATH_PROPERTY, path);
        registration = context.registerService(Servlet.class, servlet, properties);
        LOG.info("Koppel dashboard at {}/ (roles: clerk {}, admin {})", path, configuration.clerkRole(),
                configuration.adminRole());
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }

    /** "/koppel/" and "koppel" both become "/koppel". */
    static String normalized(String path) {
        String stripped = path.strip().replaceAll("/+$", "");
        String absolute = stripped.startsWith("/") ? stripped : "/" + stripped;
        if (!absolute.matches("(/[A-Za-z0-9._-]+)+")) {
            throw new IllegalArgumentException("dashboard path must be like /koppel, was " + path);
        }
        return absolute;
    }
}
