package io.koppel.simulator;

import java.time.Instant;

/**
 * One HTTP call the simulator received (control calls excluded).
 *
 * @param time       simulated time at arrival
 * @param query      the decoded query string
 * @param division   the division in the path (the user's current division for current/Me), or null
 * @param overlapped true if another call to the same division was in flight when this one arrived
 * @param fault      the injected fault that shaped the answer, or null
 * @param response   the response body for errors (status >= 400), else null
 */
public record RecordedCall(long sequence, Instant time, String method, String path, String query, String body,
                           int status, Integer division, String clientId, String endpoint, long durationMicros,
                           boolean overlapped, String fault, String response) {
}
