package io.koppel.simulator.internal.calls;

import io.koppel.simulator.CallFilter;
import io.koppel.simulator.CallStats;
import io.koppel.simulator.RecordedCall;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** The call log (bounded, oldest dropped first) and unbounded counters. */
public final class CallRecorder {
    private final int capacity;
    private final ConcurrentLinkedDeque<RecordedCall> log = new ConcurrentLinkedDeque<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong sequence = new AtomicLong();
    private final LongAdder total = new LongAdder();
    private final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
    private final Map<Integer, LongAdder> byDivision = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> byEndpoint = new ConcurrentHashMap<>();

    public CallRecorder(int capacity) {
        this.capacity = Math.max(1, capacity);
    }

    public long nextSequence() {
        return sequence.incrementAndGet();
    }

    public long lastSequence() {
        return sequence.get();
    }

    public void record(RecordedCall call) {
        total.increment();
        byStatus.computeIfAbsent(call.status(), s -> new LongAdder()).increment();
        if (call.division() != null) {
            byDivision.computeIfAbsent(call.division(), d -> new LongAdder()).increment();
        }
        if (call.endpoint() != null) {
            byEndpoint.computeIfAbsent(call.method() + " " + call.endpoint(), e -> new LongAdder()).increment();
        }
        log.addLast(call);
        if (size.incrementAndGet() > capacity && log.pollFirst() != null) {
            size.decrementAndGet();
        }
    }

    public List<RecordedCall> calls(CallFilter filter) {
        List<RecordedCall> result = new ArrayList<>();
        for (RecordedCall call : log) {
            if (filter.matches(call)) {
                result.add(call);
            }
        }
        result.sort((a, b) -> Long.compare(a.sequence(), b.sequence()));
        return result;
    }

    public CallStats stats(Map<Integer, Long> overlaps, Map<Integer, Integer> maxConcurrent, long tokenCalls) {
        return new CallStats(total.sum(), sums(byStatus), sums(byDivision), sums(byEndpoint), overlaps, maxConcurrent,
                tokenCalls);
    }

    private static <K extends Comparable<K>> Map<K, Long> sums(Map<K, LongAdder> counters) {
        Map<K, Long> result = new TreeMap<>();
        counters.forEach((k, v) -> result.put(k, v.sum()));
        return result;
    }

    public void clear() {
        log.clear();
        size.set(0);
        total.reset();
        byStatus.clear();
        byDivision.clear();
        byEndpoint.clear();
    }
}
