package io.koppel.client.internal.wire;

import java.net.URI;
import java.util.List;

/**
 * One response of a collection: its records and the {@code __next} link to the rest, to be followed verbatim.
 *
 * @param next  null on the last page
 * @param count {@code __count} when asked for with {@code $inlinecount}, else null
 */
public record ODataPage(List<JsonRecord> records, URI next, Long count) {

    public ODataPage {
        records = List.copyOf(records);
    }
}
