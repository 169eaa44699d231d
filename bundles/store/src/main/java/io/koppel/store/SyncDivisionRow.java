package io.koppel.store;

import java.time.Instant;

/**
 * A row of {@code koppel_sync_division}: how far Koppel's copy of a division's payment terms has read.
 *
 * @param complete      the first read (or a rebuild) reached the end: until then nothing is settled from it
 * @param moveDate      Exact's DivisionMoveDate when last checked; a change means the cursors are void
 * @param rebuiltAt     when the copy was started from cursor 1
 * @param readAt        when the last page was stored
 */
public record SyncDivisionRow(
        String site,
        int division,
        long termCursor,
        long deletedCursor,
        boolean complete,
        Instant moveDate,
        Instant moveCheckedAt,
        Instant rebuiltAt,
        Instant readAt) {

    public static SyncDivisionRow fresh(String site, int division, Instant moveDate, Instant now) {
        return new SyncDivisionRow(site, division, 1, 1, false, moveDate, now, now, null);
    }
}
