package io.koppel.simulator;

import io.koppel.simulator.internal.SimulatorRuntime;
import io.koppel.simulator.internal.control.Control;
import io.koppel.simulator.internal.http.SimulatorServer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Exact Online simulator listening on the loopback interface. Start it from a test (port 0 = a free
 * port), point Koppel at {@link #baseUrl()}, and use the methods below, or the same operations over HTTP
 * under {@code /_sim/}, to set the clock, inject faults, register payments and inspect calls.
 *
 * <pre>{@code
 * try (ExactSimulator sim = ExactSimulator.start(SimulatorConfig.defaults())) {
 *     String base = sim.baseUrl();             // http://127.0.0.1:PORT
 *     TokenPair tokens = sim.issueTokens(DefaultDataSet.CLIENT_ID, DefaultDataSet.USERNAME);
 *     ...
 * }
 * }</pre>
 */
public final class ExactSimulator implements AutoCloseable {
    private final SimulatorRuntime runtime;
    private final Control control;
    private final SimulatorServer server;
    private final String host;

    private ExactSimulator(SimulatorConfig config) {
        this.runtime = new SimulatorRuntime(config);
        this.control = new Control(runtime);
        this.server = new SimulatorServer(runtime, control, config.bindAddress(), config.port(), config.threads());
        this.host = "0.0.0.0".equals(config.bindAddress()) ? "127.0.0.1" : config.bindAddress();
    }

    public static ExactSimulator start(SimulatorConfig config) {
        return new ExactSimulator(config);
    }

    /** Default configuration on a free port. */
    public static ExactSimulator start() {
        return start(SimulatorConfig.defaults());
    }

    public int port() {
        return server.port();
    }

    /** e.g. http://127.0.0.1:8090 - the equivalent of https://start.exactonline.be. */
    public String baseUrl() {
        return "http://" + host + ":" + port();
    }

    /** {@link #baseUrl()} + /api/v1 */
    public String apiUrl() {
        return baseUrl() + "/api/v1";
    }

    public SimulatorConfig config() {
        return runtime.config();
    }

    public SimulatorClock clock() {
        return runtime.clock();
    }

    @Override
    public void close() {
        server.stop();
        runtime.close();
    }

    // --- data and reset

    /** Back to a fresh state with the given seed: data, tokens, counters, faults and logs. The clock is kept. */
    public void reset(SeedMode seed) {
        control.reset(seed);
    }

    public void reset() {
        reset(runtime.config().seed());
    }

    public void registerApp(AppRegistration app) {
        control.registerApp(app);
    }

    public void addUser(SimUser user) {
        control.addUser(user);
    }

    /** A new division; with {@code referenceData} it gets the default chart of accounts, journals, cost codes and periods. */
    public void addDivision(int code, String description, boolean referenceData) {
        control.addDivision(code, description, referenceData);
    }

    /** Closes (or reopens) one period, or the whole year when {@code period} is null. */
    public void setPeriodClosed(int division, int year, Integer period, boolean closed) {
        control.setPeriodClosed(division, year, period, closed);
    }

    public void addFinancialYear(int division, int year, boolean closed) {
        control.addFinancialYear(division, year, closed);
    }

    /**
     * Records of an entity set in a division, e.g. {@code rows(DIVISION, "salesentry/SalesEntries",
     * Map.of("YourRef", "INV-1"))}: values are Java objects (UUID, LocalDateTime, BigDecimal...).
     */
    public List<Map<String, Object>> rows(int division, String entityPath, Map<String, String> fieldEquals) {
        return control.rows(division, entityPath, fieldEquals);
    }

    public List<Map<String, Object>> rows(int division, String entityPath) {
        return rows(division, entityPath, Map.of());
    }

    /** Stores a record without validation (any field, e.g. a blocked GL account of your own). */
    public Map<String, Object> insertRow(int division, String entityPath, Map<String, Object> values) {
        return control.insertRow(division, entityPath, new LinkedHashMap<>(values));
    }

    // --- OAuth

    /** Tokens for an app and user without the consent page (not counted against the daily token limit). */
    public TokenPair issueTokens(String clientId, String username) {
        return control.issueTokens(clientId, username);
    }

    /** Revokes all tokens of the app and/or user (null = any); calls with them then get 401. */
    public int revokeTokens(String clientId, String username) {
        return control.revokeTokens(clientId, username);
    }

    // --- faults

    /** Adds a fault rule; returns its id. */
    public long addFault(FaultRule rule) {
        return control.addFault(rule);
    }

    public boolean removeFault(long id) {
        return control.removeFault(id);
    }

    public void clearFaults() {
        control.clearFaults();
    }

    // --- payments

    public PaymentResult registerPayment(PaymentRequest request) {
        return control.registerPayment(request);
    }

    /** Moves a division to another database, as Exact does: its sync Timestamps start over, DivisionMoveDate is set. */
    public void moveDivision(int division) {
        control.moveDivision(division);
    }

    // --- inspection

    public List<RecordedCall> calls(CallFilter filter) {
        return control.calls(filter);
    }

    public List<RecordedCall> calls() {
        return calls(CallFilter.all());
    }

    public void clearCalls() {
        control.clearCalls();
    }

    public CallStats stats() {
        return control.stats();
    }

    public List<WebhookDelivery> webhookDeliveries() {
        return control.webhookDeliveries();
    }

    // --- limits

    /** Changes the limits of one division (or the defaults when {@code division} is null). */
    public void setRateLimits(Integer division, int minutely, int daily) {
        control.setRateLimits(division, minutely, daily);
    }

    public void setRateLimitsEnforced(boolean enforced) {
        control.setRateLimitsEnforced(enforced);
    }

    public void setErrorBlockThreshold(int threshold) {
        control.setErrorBlockThreshold(threshold);
    }
}
