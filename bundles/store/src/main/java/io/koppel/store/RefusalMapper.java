package io.koppel.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL of {@code koppel_refusal}. */
public interface RefusalMapper {

    /** @return 1; a row of the same cause must be deleted first (two nodes adding it at once meet on the key) */
    int insert(RefusalRow row);

    /** The refusals of a division remembered after {@code since}: few, so one read serves a whole posting. */
    List<RefusalRow> find(@Param("division") int division, @Param("since") Instant since);

    int delete(@Param("division") int division, @Param("kind") String kind,
            @Param("causeKeys") Collection<String> causeKeys);

    /** Forgets the causes of these kinds in a division, e.g. after its reference data was reloaded. */
    int deleteKinds(@Param("division") int division, @Param("kinds") Collection<String> kinds);

    /** Forgets what was remembered before {@code before}. */
    int deleteOlderThan(Instant before);
}
