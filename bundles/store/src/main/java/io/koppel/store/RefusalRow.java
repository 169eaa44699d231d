package io.koppel.store;

import io.koppel.api.Reason;
import java.time.Instant;

/**
 * A row of {@code koppel_refusal}: a refusal of Exact that repeats for every document of its cause.
 *
 * @param kind what the cause is (mandate reference, period, journal, GL account, cost code, customer)
 * @param causeKey which one, e.g. the mandate reference or "2025-12"
 */
public record RefusalRow(int division, String kind, String causeKey, Reason reason, Instant rememberedAt) {
}
