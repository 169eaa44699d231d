package io.koppel.itest;

import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** Container side helpers: waiting for Koppel's bundles and services. Names only, never Koppel's classes. */
public final class Koppel {

    /** How long a test waits for something Koppel should do by itself. */
    public static final long TIMEOUT_MILLIS = 60_000;

    private Koppel() {
    }

    /** Koppel's bundles (symbolic name io.koppel*) that are not Active (fragments: not Resolved), as text. */
    public static List<String> notActive(BundleContext context) {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            String name = bundle.getSymbolicName();
            if (name == null || !name.startsWith(KoppelExpectations.BUNDLE_PREFIX)) {
                continue;
            }
            boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            int expected = fragment ? Bundle.RESOLVED : Bundle.ACTIVE;
            if (bundle.getState() != expected) {
                problems.add(name + " " + bundle.getVersion() + " is " + state(bundle.getState()));
            }
        }
        for (String name : KoppelExpectations.BUNDLES) {
            if (bundle(context, name) == null) {
                problems.add(name + " is not installed");
            }
        }
        return problems;
    }

    public static Bundle bundle(BundleContext context, String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }

    /** The expected services that are not registered. */
    public static List<String> missingServices(BundleContext context) {
        List<String> missing = new ArrayList<>();
        for (String service : KoppelExpectations.SERVICES) {
            if (reference(context, "(objectClass=" + service + ")") == null) {
                missing.add(service);
            }
        }
        return missing;
    }

    public static ServiceReference<?> reference(BundleContext context, String filter) {
        try {
            ServiceReference<?>[] references = context.getAllServiceReferences(null, filter);
            return references == null ? null : references[0];
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(filter, e);
        }
    }

    /** Waits until every service Koppel registers is there. */
    public static void awaitServices(BundleContext context) throws InterruptedException {
        awaitNone("Koppel services missing", () -> missingServices(context));
    }

    /** Waits until the list of problems is empty; fails with the last one. */
    public static void awaitNone(String what, Supplier<List<String>> problems) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        List<String> last = problems.get();
        while (!last.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            last = problems.get();
        }
        if (!last.isEmpty()) {
            fail(what + " after " + Report.seconds(TIMEOUT_MILLIS) + ": " + last
                    + " (see " + System.getProperty("karaf.log", "target/exam/*/data/log") + "/karaf.log)");
        }
    }

    static String state(int state) {
        switch (state) {
        case Bundle.INSTALLED: return "Installed";
        case Bundle.RESOLVED: return "Resolved";
        case Bundle.STARTING: return "Starting";
        case Bundle.STOPPING: return "Stopping";
        case Bundle.ACTIVE: return "Active";
        case Bundle.UNINSTALLED: return "Uninstalled";
        default: return Integer.toString(state);
        }
    }
}
