package io.koppel.api.posting;

import io.koppel.api.Status;
import java.util.Optional;
import java.util.Set;

/**
 * A filter on the postings overview. Empty parts match everything.
 *
 * @param hostEntity only this school or location
 * @param statuses only these statuses
 * @param search text found in the name, title, OGM, invoice id, document number or entry number
 */
public record PostingQuery(Optional<String> hostEntity, Set<Status> statuses, Optional<String> search) {

    public PostingQuery {
        statuses = Set.copyOf(statuses);
    }

    /** Everything. */
    public static PostingQuery all() {
        return new PostingQuery(Optional.empty(), Set.of(), Optional.empty());
    }

    public PostingQuery withHostEntity(String hostEntity) {
        return new PostingQuery(Optional.of(hostEntity), statuses, search);
    }

    public PostingQuery withStatuses(Status... statuses) {
        return new PostingQuery(hostEntity, Set.of(statuses), search);
    }

    public PostingQuery withSearch(String text) {
        return new PostingQuery(hostEntity, statuses, Optional.of(text));
    }
}
