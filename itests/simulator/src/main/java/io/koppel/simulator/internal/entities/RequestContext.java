package io.koppel.simulator.internal.entities;

import io.koppel.simulator.SimulatorClock;
import io.koppel.simulator.internal.auth.Principal;
import io.koppel.simulator.internal.messages.Lang;
import io.koppel.simulator.internal.model.Problems;
import io.koppel.simulator.internal.odata.KeyLiteral;
import io.koppel.simulator.internal.store.DivisionData;
import io.koppel.simulator.internal.store.SimulatorData;

import java.time.LocalDateTime;

/**
 * Everything an entity set needs to answer one call.
 *
 * @param division  the division in the URL (null for current/Me)
 * @param apiBase   absolute base of the API as the client addressed it, e.g. http://127.0.0.1:8090/api/v1
 */
public record RequestContext(DivisionData division, Principal principal, Lang lang, String apiBase,
                             SimulatorClock clock, SimulatorData data, ChangeSink changes) {

    public LocalDateTime now() {
        return clock.nowUtc();
    }

    public Problems problems() {
        return new Problems(lang);
    }

    /** The canonical URI of a record, as in __metadata.uri and webhook payloads. */
    public String entityUri(String entityPath, Object key) {
        return apiBase + "/" + division.code() + "/" + entityPath + "(" + KeyLiteral.format(key) + ")";
    }
}
