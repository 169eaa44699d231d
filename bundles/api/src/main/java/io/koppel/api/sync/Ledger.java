package io.koppel.api.sync;

import java.util.Objects;
import java.util.Set;

/**
 * A host ledger ("deelboek"): it groups schools and locations, and its sync files cover every division linked to
 * them. Each ledger keeps its own sequence number.
 *
 * @param id the host's key of the ledger
 * @param name the name in the files' names, e.g. "Bernardus"
 * @param hostEntities its schools and locations
 */
public record Ledger(String id, String name, Set<String> hostEntities) {
    public Ledger {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
        hostEntities = Set.copyOf(hostEntities);
    }
}
