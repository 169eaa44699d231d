package io.koppel.api.posting;

import java.time.Instant;

/**
 * A recovery in force: until {@code endsAt}, every document Koppel posts and every customer it has no link for is
 * looked up in Exact before Koppel writes it, because Exact may hold what Koppel wrote since {@code since} while
 * Koppel's database does not (restored from a backup, or a fresh install on an empty database).
 *
 * @param since               the time since which Exact may hold writes Koppel does not know of
 * @param startedAt           when the admin started it
 * @param endsAt              when Koppel goes back to writing without looking first
 * @param postingsToLookUp    postings not Completed when it started, now looking in Exact before they write
 * @param customersToLookUp   customers not complete in Exact when it started, now looking there before each step
 */
public record Recovery(Instant since, Instant startedAt, Instant endsAt, int postingsToLookUp,
                       int customersToLookUp) {
}
