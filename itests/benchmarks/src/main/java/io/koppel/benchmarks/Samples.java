package io.koppel.benchmarks;

import java.util.Arrays;

/** Durations in nanoseconds, recorded by one thread at a time, with mean and percentiles. */
public final class Samples {
    private long[] values = new long[1024];
    private int size;

    public synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    public synchronized int size() {
        return size;
    }

    public synchronized long sum() {
        long sum = 0;
        for (int i = 0; i < size; i++) {
            sum += values[i];
        }
        return sum;
    }

    public synchronized double meanMicros() {
        return size == 0 ? 0 : sum() / 1_000.0 / size;
    }

    /** The p-th percentile (0..100) in microseconds. */
    public synchronized double percentileMicros(double p) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int index = (int) Math.min(size - 1, Math.max(0, Math.ceil(p / 100.0 * size) - 1));
        return sorted[index] / 1_000.0;
    }

    public synchronized void clear() {
        size = 0;
    }
}
