package io.koppel.api.posting;

import java.util.Objects;

/**
 * The order of the postings overview. Rows equal on the column keep a stable order by document number.
 *
 * @param column the column to sort on
 * @param ascending smallest, oldest or A first
 */
public record PostingSort(PostingColumn column, boolean ascending) {
    /** The overview's default: the most recently sent first. */
    public static final PostingSort NEWEST_FIRST = new PostingSort(PostingColumn.SENT, false);

    public PostingSort {
        Objects.requireNonNull(column, "column");
    }
}
