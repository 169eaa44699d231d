package io.koppel.itest;

/**
 * The Exact Online simulator for the container tests, started once in the driver JVM (where Pax Exam reads the
 * configuration) and reached by the container over HTTP. Only names and strings cross to the container: it never
 * loads the simulator's classes.
 */
final class DriverSideSimulator {
    static final String CLIENT_ID = "b5bd1c9e-6a4e-4f63-9a1c-2e0f3c4d5a61";
    static final String CLIENT_SECRET = "KoppelSimSecret1";
    static final String USERNAME = "demo@koppel.test";
    static final String PASSWORD = "demo";

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
