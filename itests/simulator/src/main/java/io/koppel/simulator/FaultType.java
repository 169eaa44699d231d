package io.koppel.simulator;

/** The failures the simulator can inject into matching calls. */
public enum FaultType {
    /** Delay before the call is handled; the call then proceeds normally. */
    LATENCY,
    /** Answer with an HTTP error (500 by default) and Exact's generic message; nothing is changed. */
    SERVER_ERROR,
    /** Handle and commit the call, then hold the response for {@code holdMillis} so the client times out. */
    TIMEOUT,
    /** Handle and commit the call, then close the connection without any response. */
    DROP_AFTER_COMMIT,
    /** Answer 429 with the minutely headers only, as if the minutely limit were exhausted. */
    RATE_LIMIT_BURST,
    /** Revoke every token of the calling app and user, then answer 401. */
    REVOKE_TOKENS
}
