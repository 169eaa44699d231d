package io.koppel.api.log;

import java.time.Instant;
import java.util.Optional;

/**
 * One exchange with Exact Online, or one change to a connection's configuration ({@link #configurationChange()}
 * present: then there was no exchange, and method, path, HTTP status and duration are empty). Never holds a token,
 * a secret or an Authorization header.
 *
 * @param id the entry's id
 * @param time when the request was sent
 * @param hostEntity the school or location whose connection made it, if any
 * @param division the Exact division, if the call was for one
 * @param searchNumber the host invoice id, the host address id, {@code Synchronisatie} or {@code 55555}
 * @param operation what Koppel was doing, e.g. {@code create-sales-entry}
 * @param method the HTTP method; empty for a configuration change
 * @param path the path and query sent to Exact; empty for a configuration change
 * @param httpStatus Exact's HTTP status, absent when no answer came
 * @param durationMillis how long the exchange took
 * @param failed whether it failed
 * @param message Exact's message, or what went wrong
 * @param requestBody what Koppel kept of the request's body: secrets scrubbed, personal fields left out as
 *        configured; absent when none was sent or none is kept
 * @param configurationChange what changed, when the entry is a configuration change
 */
public record LogEntry(
        String id,
        Instant time,
        Optional<String> hostEntity,
        Optional<Integer> division,
        String searchNumber,
        String operation,
        String method,
        String path,
        Optional<Integer> httpStatus,
        long durationMillis,
        boolean failed,
        Optional<String> message,
        Optional<String> requestBody,
        Optional<ConfigurationChange> configurationChange) {

    /** An exchange. */
    public LogEntry(String id, Instant time, Optional<String> hostEntity, Optional<Integer> division,
            String searchNumber, String operation, String method, String path, Optional<Integer> httpStatus,
            long durationMillis, boolean failed, Optional<String> message, Optional<String> requestBody) {
        this(id, time, hostEntity, division, searchNumber, operation, method, path, httpStatus, durationMillis, failed,
                message, requestBody, Optional.empty());
    }

    /** A configuration change. */
    public static LogEntry of(String id, Instant time, String hostEntity, Optional<Integer> division,
            String searchNumber, ConfigurationChange change) {
        return new LogEntry(id, time, Optional.of(hostEntity), division, searchNumber, change.setting(), "", "",
                Optional.empty(), 0, false, Optional.empty(), Optional.empty(), Optional.of(change));
    }

    /** Whether this entry is a configuration change rather than an exchange with Exact. */
    public boolean isConfigurationChange() {
        return configurationChange.isPresent();
    }

    /** An exchange without a kept request body. */
    public LogEntry(String id, Instant time, Optional<String> hostEntity, Optional<Integer> division,
            String searchNumber, String operation, String method, String path, Optional<Integer> httpStatus,
            long durationMillis, boolean failed, Optional<String> message) {
        this(id, time, hostEntity, division, searchNumber, operation, method, path, httpStatus, durationMillis, failed,
                message, Optional.empty());
    }
}
