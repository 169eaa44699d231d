package io.koppel.itest;

/**
 * The Exact Online simulator for the container tests, started once in the driver JVM (where Pax Exam reads the
 * configuration) and reached by the container over HTTP. Only names and strings cross to the container: it never
 * loads the simulator's classes.
 */
final class DriverSideSimulator {
    private static String baseUrl;
    private static String unlimitedBaseUrl;

    private DriverSideSimulator() {
    }

    /** Starts the simulator with Exact's default limits the first time, and says where it listens. */
    static synchronized String baseUrl() {
        if (baseUrl == null) {
            io.koppel.simulator.ExactSimulator simulator = io.koppel.simulator.ExactSimulator.start();
            Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
            baseUrl = simulator.baseUrl();
        }
        return baseUrl;
    }

    /** A second simulator without rate limits, for tests that post large batches. */
    static synchronized String unlimitedBaseUrl() {
        if (unlimitedBaseUrl == null) {
            io.koppel.simulator.ExactSimulator simulator = io.koppel.simulator.ExactSimulator.start(
                    io.koppel.simulator.SimulatorConfig.builder().noLimits().minutelyLimit(1_000_000)
                            .dailyLimit(10_000_000).build());
            Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
            unlimitedBaseUrl = simulator.baseUrl();
        }
        return unlimitedBaseUrl;
    }
}
