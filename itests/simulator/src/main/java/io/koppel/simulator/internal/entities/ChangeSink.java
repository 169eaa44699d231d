package io.koppel.simulator.internal.entities;

import java.util.UUID;

/** Receives committed changes, for webhook topics. */
public interface ChangeSink {
    /** @param action Create, Update or Delete */
    void changed(RequestContext ctx, String topic, String action, UUID key, String entityPath);

    ChangeSink NONE = (ctx, topic, action, key, path) -> { };
}
