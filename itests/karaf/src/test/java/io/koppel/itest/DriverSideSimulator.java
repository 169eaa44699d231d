package io.koppel.itest;

/**
 * The Exact Online simulator for the container tests, started once in the driver JVM (where Pax Exam reads the
 * configuration) and reached by the container over HTTP. Only names and strings cross to the container: it never
 * loads the simulator's classes.
 */
final class DriverSideSimulator {
    private static String baseUrl;

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
}
