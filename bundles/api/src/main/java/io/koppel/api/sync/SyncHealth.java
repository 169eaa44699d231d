package io.koppel.api.sync;

import java.time.Instant;
import java.util.List;

/**
 * How payment sync of a connection (host entity) goes.
 *
 * @param automatic whether it runs on its own
 * @param toleranceCents a rest below this counts as paid
 * @param lastRunAt the last run, null before the first
 * @param lastSuccessAt the last run that read Exact to the end
 * @param lastError the last run's error, null when it succeeded
 * @param catchingUp the first read (or a rebuild) has not reached the end yet: nothing is settled until it has
 * @param termsCopied the payment terms of the division Koppel holds
 * @param readAt when Exact was last read: how far behind Koppel is
 * @param mismatches documents automatic mode did not settle because their entry in Exact does not match them
 *        (entry number, OGM), each with a reason a clerk reads; a document leaves the list once its entry matches
 */
public record SyncHealth(String hostEntity, boolean automatic, int toleranceCents, Instant lastRunAt,
        Instant lastSuccessAt, String lastError, boolean catchingUp, long termsCopied, Instant readAt,
        List<SyncMismatch> mismatches) {
    public SyncHealth {
        mismatches = mismatches == null ? List.of() : List.copyOf(mismatches);
    }
}
