package io.koppel.store;

import io.koppel.api.Status;
import java.util.List;

/**
 * Which postings an overview query returns; {@code null} and empty parts match everything.
 *
 * @param hostEntity only this school or location
 * @param statuses only these statuses
 * @param search a text found in the name, title, OGM, invoice id or document number (case-insensitive)
 */
public record PostingFilter(String hostEntity, List<Status> statuses, String search) {
    public PostingFilter {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
    }

    /**
     * The SQL LIKE pattern of the search text, lower case, with LIKE's wildcards escaped by {@code !}. Not by a
     * backslash: MariaDB reads a backslash inside a literal as an escape of the quote.
     */
    public String searchPattern() {
        if (search == null || search.isBlank()) {
            return null;
        }
        String escaped = search.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
