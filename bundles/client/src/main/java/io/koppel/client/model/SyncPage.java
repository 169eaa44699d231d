package io.koppel.client.model;

import java.util.List;

/**
 * One page of a sync endpoint (up to 1,000 records in Timestamp order).
 *
 * @param records       what changed after the Timestamp asked for
 * @param lastTimestamp the highest Timestamp of the page, or the one asked for when the page is empty: the
 *                      cursor to store with what was read
 * @param more          whether Exact has more after this page
 */
public record SyncPage<T>(List<T> records, long lastTimestamp, boolean more) {
    public SyncPage {
        records = List.copyOf(records);
    }
}
