package io.koppel.api;

/**
 * Which slice of a long list to return.
 *
 * @param offset how many rows to skip, from 0
 * @param limit how many rows at most, 1 to 1,000
 */
public record PageRequest(int offset, int limit) {
    public static final int MAX_LIMIT = 1_000;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
        }
    }

    /** The first {@code limit} rows. */
    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }

    /** The page after this one. */
    public PageRequest next() {
        return new PageRequest(offset + limit, limit);
    }
}
