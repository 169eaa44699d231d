package io.koppel.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.apache.karaf.features.BootFinished;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Hot deploys in the middle of a batch: bundle:update -r of every Koppel bundle, one after the other while documents
 * are being posted, then the koppel feature uninstalled and installed again. Nothing is lost, nothing is booked
 * twice, no customer is made twice, no two calls go to the division at once, and the queue carries on by itself.
 * The test talks to Koppel only through the shell and to the simulator over HTTP: it loads no Koppel class, so
 * the feature's reinstall does not take it down.
 */
@RunWith(KoppelPaxExam.class)
@RunOn(Database.H2)
@ExamReactorStrategy(PerClass.class)
public class KoppelHotDeployIT {
    private static final String SCHOOL = "campus-bernardus";
    private static final int DIVISION = 100001;
    private static final int DOCUMENTS = 300;
    private static final int ADDRESSES = DOCUMENTS / 2;
    private static final Pattern YOUR_REF = Pattern.compile("\"YourRef\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern REMARKS = Pattern.compile("\"Remarks\"\\s*:\\s*\"([^\"]*)\"");

    @Inject
    SessionFactory sessionFactory;

    @Inject
    FeaturesService features;

    @Inject
    BootFinished bootFinished;

    private final ContainerSimulator simulator = new ContainerSimulator();

    @Configuration
    public Option[] configuration() {
        return KoppelOptions.linkedToSimulator(DriverSideSimulator.unlimitedBaseUrl(),
                editConfigurationFilePut("etc/io.koppel.posting.cfg", "maxRetryMinutes", "1"));
    }

    @Test
    public void bundleUpdatesAndAFeatureReinstallMidBatchLoseNothingAndBookNothingTwice() throws Exception {
        long started = System.currentTimeMillis();
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        Koppel.awaitServices(context);
        KarafShell shell = new KarafShell(sessionFactory);
        awaitNone("koppel:* commands missing", () -> {
            try {
                shell.run("koppel:connections");
                return List.of();
            } catch (Exception | AssertionError notYet) {
                return List.of(String.valueOf(notYet.getMessage()));
            }
        });
        simulator.link(shell, SCHOOL, DIVISION);
        simulator.control("POST", "faults", "{\"type\":\"LATENCY\",\"latencyMillis\":30}");
        Path documents = Path.of(System.getProperty("karaf.home"), "hot-deploy-documents.json");
        Files.writeString(documents, BatchJson.documents(SCHOOL, DOCUMENTS, "HOT-", "H-", 30_000, 800_000, false));
        shell.run("koppel:post " + documents);

        List<String> deployed = new ArrayList<>();
        for (String name : KoppelExpectations.BUNDLES) {
            awaitMoreBooked(8);
            Bundle bundle = Koppel.bundle(context, name);
            // -r: the bundles wired to the old version are refreshed onto the new one, as an admin does it; with the
            // roles of the distribution's admin group
            shell.run("bundle:update -r " + bundle.getBundleId(), "admin", "manager", "viewer", "systembundles");
            deployed.add(name + " at " + distinct(booked()));
        }
        awaitMoreBooked(8);
        int beforeReinstall = distinct(booked());
        features.uninstallFeature(KoppelExpectations.FEATURE);
        features.installFeature(KoppelExpectations.FEATURE);
        deployed.add("feature " + KoppelExpectations.FEATURE + " reinstalled at " + beforeReinstall);
        Koppel.awaitNone("Koppel services missing after the reinstall", () -> Koppel.missingServices(context));

        awaitNone("documents not booked", () -> distinct(booked()) == DOCUMENTS ? List.of()
                : List.of(distinct(booked()) + " of " + DOCUMENTS + " booked"));
        awaitNone("postings left open", () -> {
            try {
                String open = shell.run("koppel:postings --status NEW,IN_PROGRESS,FAILED,FATAL");
                return open.contains("No postings") ? List.of() : List.of(open);
            } catch (Exception | AssertionError commandsNotBackYet) {
                return List.of(String.valueOf(commandsNotBackYet.getMessage()));
            }
        });

        Map<String, Long> entries = counted(booked());
        Map<String, Long> customers = counted(matches(simulator.data(DIVISION, "crm/Accounts"), REMARKS));
        String stats = simulator.control("GET", "stats", null);
        Matcher overlaps = Pattern.compile("\"parallelOverlaps\"\\s*:\\s*\\{([^}]*)\\}").matcher(stats);
        String overlapping = overlaps.find() ? overlaps.group(1).strip() : "?";
        Report.print(String.format("hot deploy: bundle:update -r of %s, then %s; %d of %d documents booked, %d twice;"
                + " %d customers for %d addresses, %d twice; calls in flight together per division: {%s}; %d s",
                deployed.subList(0, deployed.size() - 1), deployed.get(deployed.size() - 1), entries.size(),
                DOCUMENTS, moreThanOnce(entries).size(), customers.size(), ADDRESSES, moreThanOnce(customers).size(),
                overlapping, (System.currentTimeMillis() - started) / 1000));
        assertEquals("documents booked", DOCUMENTS, entries.size());
        assertEquals("documents booked more than once", Map.of(), moreThanOnce(entries));
        assertEquals("customers", ADDRESSES, customers.size());
        assertEquals("a customer made twice", Map.of(), moreThanOnce(customers));
        assertTrue("calls in flight together in the division: " + stats, overlapping.isEmpty()
                || overlapping.matches("(\"\\d+\"\\s*:\\s*0\\s*,?\\s*)*"));
    }

    private void awaitMoreBooked(int more) throws Exception {
        int target = distinct(booked()) + more;
        awaitNone("no progress while deploying", () -> distinct(booked()) >= Math.min(target, DOCUMENTS)
                ? List.of() : List.of(distinct(booked()) + " booked, waiting for " + target));
    }

    /** As {@link Koppel#awaitNone}, with the patience of a batch on a busy build machine (five minutes). */
    private static void awaitNone(String what, java.util.function.Supplier<List<String>> problems)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 300_000;
        List<String> last = problems.get();
        while (!last.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
            last = problems.get();
        }
        assertTrue(what + ": " + last, last.isEmpty());
    }

    private List<String> booked() {
        return matches(simulator.data(DIVISION, "salesentry/SalesEntries"), YOUR_REF);
    }

    private static int distinct(List<String> values) {
        return (int) values.stream().distinct().count();
    }

    private static Map<String, Long> counted(List<String> values) {
        return values.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static Map<String, Long> moreThanOnce(Map<String, Long> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static List<String> matches(String json, Pattern field) {
        List<String> values = new ArrayList<>();
        Matcher matcher = field.matcher(json);
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }
}
