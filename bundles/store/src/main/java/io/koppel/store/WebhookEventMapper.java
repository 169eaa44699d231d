package io.koppel.store;

import java.time.Instant;
import org.apache.ibatis.annotations.Param;

/** SQL of {@code koppel_webhook_event}: the webhook events already received, against replays. */
public interface WebhookEventMapper {

    /**
     * Records an event. Fails with an integrity violation (SQL state class 23) when it was recorded before: of two
     * deliveries of one event, on any nodes, only one succeeds. Run it in a transaction of its own.
     */
    void insert(@Param("hashCode") String hashCode, @Param("receivedAt") Instant receivedAt);

    int deleteReceivedBefore(@Param("before") Instant before);
}
