package io.koppel.simulator.internal.store;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** All divisions. Replaced wholesale on reset. */
public final class SimulatorData {
    private final Map<Integer, DivisionData> divisions = new ConcurrentHashMap<>();

    public DivisionData division(int code) {
        return divisions.get(code);
    }

    public DivisionData addDivision(int code, String description) {
        DivisionData created = new DivisionData(code, description);
        DivisionData previous = divisions.putIfAbsent(code, created);
        if (previous != null) {
            throw new IllegalArgumentException("division " + code + " already exists");
        }
        return created;
    }

    public Map<Integer, DivisionData> divisions() {
        return new TreeMap<>(divisions);
    }
}
