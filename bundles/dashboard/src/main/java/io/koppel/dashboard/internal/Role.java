package io.koppel.dashboard.internal;

/** What a dashboard user may do; an admin may do everything a clerk may. */
enum Role {
    /** Reads postings and the log, posts again, exports. */
    CLERK,
    /** Also configures connections and resets Fatal postings. */
    ADMIN
}
