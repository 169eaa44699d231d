package io.koppel.api;

import java.util.List;
import java.util.Objects;

/**
 * One slice of a list.
 *
 * @param items the rows of this slice
 * @param request the slice that was asked for
 * @param total how many rows the whole list has
 */
public record Page<T>(List<T> items, PageRequest request, long total) {

    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(request, "request");
    }

    /** Whether rows follow this slice. */
    public boolean hasNext() {
        return request.offset() + items.size() < total;
    }
}
