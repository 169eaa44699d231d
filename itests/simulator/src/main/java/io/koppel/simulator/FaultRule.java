package io.koppel.simulator;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One fault to inject. A rule applies to calls whose path matches {@code pathPattern} (a regex searched in
 * the request path, default {@code ^/api/v1/}) and whose method matches {@code method} (null = any); it fires
 * for the next {@code times} matching calls (-1 = until removed), each time with {@code probability}.
 */
public record FaultRule(FaultType type, String pathPattern, String method, int times, double probability,
                        long latencyMillis, long holdMillis, int status) {

    public static final String DEFAULT_PATH_PATTERN = "^/api/v1/";

    public FaultRule {
        if (type == null) {
            throw new IllegalArgumentException("fault type is required");
        }
        pathPattern = pathPattern == null || pathPattern.isBlank() ? DEFAULT_PATH_PATTERN : pathPattern;
        Pattern.compile(pathPattern);
        method = method == null || method.isBlank() ? null : method.toUpperCase(Locale.ROOT);
        if (times == 0 || times < -1) {
            throw new IllegalArgumentException("times must be >= 1, or -1 for unlimited");
        }
        if (probability <= 0 || probability > 1) {
            throw new IllegalArgumentException("probability must be in (0, 1]");
        }
        status = status == 0 ? 500 : status;
        holdMillis = holdMillis == 0 ? 30_000 : holdMillis;
    }

    public static FaultRule of(FaultType type) {
        return new FaultRule(type, null, null, 1, 1.0, 0, 0, 0);
    }

    public static FaultRule latency(long millis) {
        return new FaultRule(FaultType.LATENCY, null, null, -1, 1.0, millis, 0, 0);
    }

    public FaultRule times(int n) {
        return new FaultRule(type, pathPattern, method, n, probability, latencyMillis, holdMillis, status);
    }

    public FaultRule always() {
        return times(-1);
    }

    public FaultRule withProbability(double p) {
        return new FaultRule(type, pathPattern, method, times, p, latencyMillis, holdMillis, status);
    }

    public FaultRule onPath(String regex) {
        return new FaultRule(type, regex, method, times, probability, latencyMillis, holdMillis, status);
    }

    public FaultRule onMethod(String httpMethod) {
        return new FaultRule(type, pathPattern, httpMethod, times, probability, latencyMillis, holdMillis, status);
    }

    public FaultRule holdFor(long millis) {
        return new FaultRule(type, pathPattern, method, times, probability, latencyMillis, millis, status);
    }

    public FaultRule withStatus(int httpStatus) {
        return new FaultRule(type, pathPattern, method, times, probability, latencyMillis, holdMillis, httpStatus);
    }
}
