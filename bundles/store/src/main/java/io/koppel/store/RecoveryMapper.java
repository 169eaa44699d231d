package io.koppel.store;

import java.time.Instant;
import java.util.List;

/** SQL of {@code koppel_recovery}. */
public interface RecoveryMapper {

    void insert(RecoveryRow row);

    /** The recoveries in force at a time, the latest started first. */
    List<RecoveryRow> inForce(Instant now);
}
