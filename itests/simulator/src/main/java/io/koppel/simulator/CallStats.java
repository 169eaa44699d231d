package io.koppel.simulator;

import java.util.Map;

/**
 * Counters since start or the last reset.
 *
 * @param byEndpoint          keyed "METHOD service/Entity", e.g. "POST salesentry/SalesEntries"
 * @param parallelOverlaps    per division: calls that arrived while another call to that division was in flight
 * @param maxConcurrent       per division: the highest number of simultaneous calls seen
 */
public record CallStats(long total, Map<Integer, Long> byStatus, Map<Integer, Long> byDivision,
                        Map<String, Long> byEndpoint, Map<Integer, Long> parallelOverlaps,
                        Map<Integer, Integer> maxConcurrent, long tokenCalls) {
}
