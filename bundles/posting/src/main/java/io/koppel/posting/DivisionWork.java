package io.koppel.posting;

import io.koppel.auth.LinkedConnection;
import java.time.Instant;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Work another Koppel bundle does in an Exact division (e.g. updating customers), done by the posting queue's
 * division writer in turns with postings: it runs only on the node that holds the division's lease, so a
 * division never gets two calls at once across nodes, and one piece of it follows each posting, so neither
 * kind of work starves the other within the division's call budget.
 */
@ConsumerType
public interface DivisionWork {

    /** The host entities (schools, locations) whose divisions have work due at {@code now}, at most {@code limit}. */
    List<String> dueHostEntities(Instant now, int limit);

    /**
     * Does the next piece of work due in the connection's division: at most a few calls to Exact.
     *
     * @return whether there may be more: false when nothing was due, or what is due waits (a spent rate limit)
     */
    boolean workOne(LinkedConnection connection);
}
