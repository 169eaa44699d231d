package io.koppel.api.posting;

import io.koppel.api.Status;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A filter and order on the postings overview. Empty parts match everything.
 *
 * @param hostEntity only this school or location
 * @param statuses only these statuses
 * @param search text found in any column: the name, title, OGM, invoice id, document number, Exact's entry
 *        number (all digits) or the reason's values
 * @param columnFilters per column, a text the column must contain (case-insensitive); for {@link PostingColumn#TYPE}
 *        and {@link PostingColumn#STATUS} the constant's name, for {@link PostingColumn#AMOUNT} and
 *        {@link PostingColumn#ENTRY_NUMBER} the number, for {@link PostingColumn#SENT} and
 *        {@link PostingColumn#PROCESSED} a day {@code yyyy-MM-dd} (UTC)
 * @param sort the order
 */
public record PostingQuery(Optional<String> hostEntity, Set<Status> statuses, Optional<String> search,
        Map<PostingColumn, String> columnFilters, PostingSort sort) {

    public PostingQuery {
        Objects.requireNonNull(hostEntity, "hostEntity");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(sort, "sort");
        statuses = Set.copyOf(statuses);
        columnFilters = Map.copyOf(columnFilters);
    }

    /** A filter in the default order, without column filters. */
    public PostingQuery(Optional<String> hostEntity, Set<Status> statuses, Optional<String> search) {
        this(hostEntity, statuses, search, Map.of(), PostingSort.NEWEST_FIRST);
    }

    /** Everything, the most recently sent first. */
    public static PostingQuery all() {
        return new PostingQuery(Optional.empty(), Set.of(), Optional.empty());
    }

    public PostingQuery withHostEntity(String hostEntity) {
        return new PostingQuery(Optional.of(hostEntity), statuses, search, columnFilters, sort);
    }

    public PostingQuery withStatuses(Status... statuses) {
        return new PostingQuery(hostEntity, Set.of(statuses), search, columnFilters, sort);
    }

    public PostingQuery withSearch(String text) {
        return new PostingQuery(hostEntity, statuses, Optional.of(text), columnFilters, sort);
    }

    /** This query with a column filter added, or removed when {@code text} is blank. */
    public PostingQuery withColumnFilter(PostingColumn column, String text) {
        Map<PostingColumn, String> filters = new EnumMap<>(PostingColumn.class);
        filters.putAll(columnFilters);
        if (text == null || text.isBlank()) {
            filters.remove(column);
        } else {
            filters.put(column, text.strip());
        }
        return new PostingQuery(hostEntity, statuses, search, filters, sort);
    }

    public PostingQuery sortedBy(PostingColumn column, boolean ascending) {
        return new PostingQuery(hostEntity, statuses, search, columnFilters, new PostingSort(column, ascending));
    }
}
