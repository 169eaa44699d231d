package io.koppel.simulator;

import java.time.Instant;

/**
 * How a simulator instance is started. Defaults mirror Exact Online's published limits for a new app.
 *
 * @param port                  TCP port on the loopback interface; 0 picks a free port
 * @param bindAddress           address to bind, {@code 127.0.0.1} by default
 * @param seed                  data set loaded at start and on reset
 * @param minutelyLimit         calls per minute per app and division (Exact: 60)
 * @param dailyLimit            calls per day per app and division (Exact: 5,000)
 * @param rateLimitsEnabled     false = never answer 429 for the limits (headers still sent)
 * @param tokenCallsPerDay      token-endpoint calls per app, user and UTC day (Exact: 200)
 * @param errorBlockThreshold   more errors than this per hour on one endpoint blocks it (Exact: 10); 0 disables
 * @param strictSelect          require {@code $select} (or {@code $top=1}) on collection GETs of transactional endpoints
 * @param webhooksRequireHttps  refuse http:// callback URLs like Exact does (off by default for local tests)
 * @param clockStart            initial simulated time; null = the machine's clock
 * @param clockFactor           speed of simulated time (1.0 = real time)
 * @param callLogCapacity       how many calls the log keeps (oldest dropped first); counters are unbounded
 * @param threads               size of the HTTP worker pool's core; the pool grows for held (timeout) responses
 * @param randomSeed            seed for probabilistic faults, so a flaky-by-design test is reproducible
 * @param refreshGraceSeconds   how long a just-replaced refresh token is still accepted (0 = never, the strict
 *                              default). Invantive reports about 10 minutes on some apps, as a per-app setting
 *                              at Exact; the reference calls it unreliable
 */
public record SimulatorConfig(
        int port,
        String bindAddress,
        SeedMode seed,
        int minutelyLimit,
        int dailyLimit,
        boolean rateLimitsEnabled,
        int tokenCallsPerDay,
        int errorBlockThreshold,
        boolean strictSelect,
        boolean webhooksRequireHttps,
        Instant clockStart,
        double clockFactor,
        int callLogCapacity,
        int threads,
        long randomSeed,
        int refreshGraceSeconds) {

    public static final int DEFAULT_STANDALONE_PORT = 8090;

    public static SimulatorConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.port = port;
        b.bindAddress = bindAddress;
        b.seed = seed;
        b.minutelyLimit = minutelyLimit;
        b.dailyLimit = dailyLimit;
        b.rateLimitsEnabled = rateLimitsEnabled;
        b.tokenCallsPerDay = tokenCallsPerDay;
        b.errorBlockThreshold = errorBlockThreshold;
        b.strictSelect = strictSelect;
        b.webhooksRequireHttps = webhooksRequireHttps;
        b.clockStart = clockStart;
        b.clockFactor = clockFactor;
        b.callLogCapacity = callLogCapacity;
        b.threads = threads;
        b.randomSeed = randomSeed;
        b.refreshGraceSeconds = refreshGraceSeconds;
        return b;
    }

    public static final class Builder {
        private int port = 0;
        private String bindAddress = "127.0.0.1";
        private SeedMode seed = SeedMode.DEFAULT;
        private int minutelyLimit = 60;
        private int dailyLimit = 5000;
        private boolean rateLimitsEnabled = true;
        private int tokenCallsPerDay = 200;
        private int refreshGraceSeconds;
        private int errorBlockThreshold = 10;
        private boolean strictSelect = true;
        private boolean webhooksRequireHttps = false;
        private Instant clockStart;
        private double clockFactor = 1.0;
        private int callLogCapacity = 50_000;
        private int threads = 32;
        private long randomSeed = 42L;

        public Builder port(int port) { this.port = port; return this; }
        public Builder bindAddress(String address) { this.bindAddress = address; return this; }
        public Builder seed(SeedMode seed) { this.seed = seed; return this; }
        public Builder minutelyLimit(int limit) { this.minutelyLimit = limit; return this; }
        public Builder dailyLimit(int limit) { this.dailyLimit = limit; return this; }
        public Builder rateLimitsEnabled(boolean enabled) { this.rateLimitsEnabled = enabled; return this; }
        public Builder tokenCallsPerDay(int limit) { this.tokenCallsPerDay = limit; return this; }
        public Builder refreshGraceSeconds(int seconds) { this.refreshGraceSeconds = seconds; return this; }
        public Builder errorBlockThreshold(int threshold) { this.errorBlockThreshold = threshold; return this; }
        public Builder strictSelect(boolean strict) { this.strictSelect = strict; return this; }
        public Builder webhooksRequireHttps(boolean require) { this.webhooksRequireHttps = require; return this; }
        public Builder clockStart(Instant start) { this.clockStart = start; return this; }
        public Builder clockFactor(double factor) { this.clockFactor = factor; return this; }
        public Builder callLogCapacity(int capacity) { this.callLogCapacity = capacity; return this; }
        public Builder threads(int threads) { this.threads = threads; return this; }
        public Builder randomSeed(long seed) { this.randomSeed = seed; return this; }

        /** No 429s, no error blocks, no token-call cap: for benchmarks. */
        public Builder noLimits() {
            this.rateLimitsEnabled = false;
            this.errorBlockThreshold = 0;
            this.tokenCallsPerDay = Integer.MAX_VALUE;
            return this;
        }

        public SimulatorConfig build() {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            if (minutelyLimit < 1 || dailyLimit < 1) {
                throw new IllegalArgumentException("rate limits must be >= 1");
            }
            return new SimulatorConfig(port, bindAddress, seed, minutelyLimit, dailyLimit, rateLimitsEnabled,
                    tokenCallsPerDay, errorBlockThreshold, strictSelect, webhooksRequireHttps, clockStart,
                    clockFactor, callLogCapacity, threads, randomSeed, refreshGraceSeconds);
        }
    }
}
