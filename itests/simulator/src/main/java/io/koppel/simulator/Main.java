package io.koppel.simulator;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/**
 * Standalone: {@code java -jar koppel-simulator-<version>-standalone.jar [--port 8090] [--bind 127.0.0.1]
 * [--rate-limit-minutely 60] [--rate-limit-daily 5000] [--no-limits] [--seed default|none]
 * [--clock-factor 1] [--clock-start 2025-01-01T00:00:00Z]}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        SimulatorConfig config;
        try {
            config = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        ExactSimulator sim = ExactSimulator.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.close();
            stopped.countDown();
        }, "exact-sim-shutdown"));
        System.out.println("Exact Online simulator listening on " + sim.baseUrl());
        System.out.println("  API            " + sim.apiUrl() + "/{division}/{service}/{Entity}");
        System.out.println("  OAuth          " + sim.baseUrl() + "/api/oauth2/auth  and  /api/oauth2/token");
        System.out.println("  control API    " + sim.baseUrl() + "/_sim/");
        if (config.seed() == SeedMode.DEFAULT) {
            System.out.println("  client_id      " + DefaultDataSet.CLIENT_ID);
            System.out.println("  client_secret  " + DefaultDataSet.CLIENT_SECRET);
            System.out.println("  redirect_uri   " + DefaultDataSet.REDIRECT_URI + " (or any http://localhost / 127.0.0.1 URI)");
            System.out.println("  user           " + DefaultDataSet.USERNAME + " / " + DefaultDataSet.PASSWORD
                    + "  (divisions " + DefaultDataSet.DIVISION + ", " + DefaultDataSet.DIVISION_2 + ")");
            System.out.println("  webhook secret " + DefaultDataSet.WEBHOOK_SECRET);
        }
        System.out.println("  rate limits    " + (config.rateLimitsEnabled()
                ? config.minutelyLimit() + "/minute, " + config.dailyLimit() + "/day per app and division" : "off"));
        stopped.await();
    }

    static SimulatorConfig parse(String[] args) {
        SimulatorConfig.Builder b = SimulatorConfig.builder().port(SimulatorConfig.DEFAULT_STANDALONE_PORT);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> b.port(Integer.parseInt(value(args, ++i, arg)));
                case "--bind" -> b.bindAddress(value(args, ++i, arg));
                case "--rate-limit-minutely" -> b.minutelyLimit(Integer.parseInt(value(args, ++i, arg)));
                case "--rate-limit-daily" -> b.dailyLimit(Integer.parseInt(value(args, ++i, arg)));
                case "--no-limits" -> b.noLimits();
                case "--seed" -> b.seed(SeedMode.parse(value(args, ++i, arg)));
                case "--clock-factor" -> b.clockFactor(Double.parseDouble(value(args, ++i, arg)));
                case "--clock-start" -> b.clockStart(Instant.parse(value(args, ++i, arg)));
                case "--strict-select" -> b.strictSelect(Boolean.parseBoolean(value(args, ++i, arg)));
                case "--help", "-h" -> {
                    System.out.println(usage());
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return b.build();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static String usage() {
        return "usage: java -jar koppel-simulator-standalone.jar [--port 8090] [--bind 127.0.0.1]"
                + " [--rate-limit-minutely 60] [--rate-limit-daily 5000] [--no-limits] [--seed default|none]"
                + " [--clock-factor 1.0] [--clock-start 2025-01-01T00:00:00Z] [--strict-select true|false]";
    }
}
