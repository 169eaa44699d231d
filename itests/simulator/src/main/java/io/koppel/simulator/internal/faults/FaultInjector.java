package io.koppel.simulator.internal.faults;

import io.koppel.simulator.FaultRule;
import io.koppel.simulator.FaultType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Holds the active fault rules and decides, per call, which of them fire. Every matching rule that fires
 * uses up one of its {@code times}; latencies add up, and the first firing non-latency rule shapes the answer.
 */
public final class FaultInjector {
    private final Map<Long, ActiveRule> rules = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Random random;

    public FaultInjector(long seed) {
        this.random = new Random(seed);
    }

    private static final class ActiveRule {
        final long id;
        final FaultRule rule;
        final Pattern path;
        int remaining;

        ActiveRule(long id, FaultRule rule) {
            this.id = id;
            this.rule = rule;
            this.path = Pattern.compile(rule.pathPattern());
            this.remaining = rule.times();
        }
    }

    /** What to do to one call: total added latency, and at most one outcome-changing fault. */
    public record Plan(long latencyMillis, FaultRule terminal) {
        public static final Plan NONE = new Plan(0, null);

        public boolean is(FaultType type) {
            return terminal != null && terminal.type() == type;
        }
    }

    /** A rule as listed by the control API, with what is left of it. */
    public record Listed(long id, FaultRule rule, int remaining) {
    }

    public synchronized long add(FaultRule rule) {
        long id = ids.incrementAndGet();
        rules.put(id, new ActiveRule(id, rule));
        return id;
    }

    public synchronized boolean remove(long id) {
        return rules.remove(id) != null;
    }

    public synchronized void clear() {
        rules.clear();
    }

    public synchronized List<Listed> list() {
        List<Listed> result = new ArrayList<>();
        rules.values().forEach(r -> result.add(new Listed(r.id, r.rule, r.remaining)));
        return result;
    }

    public Plan plan(String method, String path) {
        synchronized (this) {
            if (rules.isEmpty()) {
                return Plan.NONE;
            }
            long latency = 0;
            FaultRule terminal = null;
            List<Long> spent = new ArrayList<>();
            for (ActiveRule r : rules.values()) {
                boolean matches = (r.rule.method() == null || r.rule.method().equalsIgnoreCase(method))
                        && r.path.matcher(path).find();
                boolean wanted = r.rule.type() == FaultType.LATENCY || terminal == null;
                if (!matches || !wanted || random.nextDouble() >= r.rule.probability()) {
                    continue;
                }
                if (r.rule.type() == FaultType.LATENCY) {
                    latency += r.rule.latencyMillis();
                } else {
                    terminal = r.rule;
                }
                if (r.remaining > 0 && --r.remaining == 0) {
                    spent.add(r.id);
                }
            }
            spent.forEach(rules::remove);
            return latency == 0 && terminal == null ? Plan.NONE : new Plan(latency, terminal);
        }
    }

    /** Holds a request for a fault's latency, or for the hold of a fault that answers late or never. */
    public static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
