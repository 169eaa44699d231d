package io.koppel.posting.internal;

import io.koppel.client.CallContext;
import io.koppel.client.ExactClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * Keeps each division's reference data for a while, so a posting for a known customer costs one call to Exact.
 * A code that is not found reloads the division's data once (a GL account may just have been created in Exact),
 * but not more than once a minute, so a document with a wrong code cannot spend the division's budget.
 */
final class ReferenceDataCache {
    private static final Duration MINIMUM_RELOAD_GAP = Duration.ofMinutes(1);

    private final ExactClient client;
    private final Clock clock;
    private final Duration lifetime;
    private final Map<String, ReferenceData> byDivision = new ConcurrentHashMap<>();
    private final IntConsumer reloaded;

    /** @param reloaded told the division whose data was just loaded anew */
    ReferenceDataCache(ExactClient client, Clock clock, Duration lifetime, IntConsumer reloaded) {
        this.client = client;
        this.clock = clock;
        this.lifetime = lifetime;
        this.reloaded = reloaded;
    }

    ReferenceData get(CallContext context) {
        ReferenceData cached = byDivision.get(key(context));
        if (cached != null && cached.loadedAt().plus(lifetime).isAfter(clock.instant())) {
            return cached;
        }
        return load(context);
    }

    /** Reloads after a miss, unless the data was loaded within the last minute. */
    ReferenceData reloadAfterMiss(CallContext context, ReferenceData stale) {
        if (stale.loadedAt().plus(MINIMUM_RELOAD_GAP).isAfter(clock.instant())) {
            return stale;
        }
        return load(context);
    }

    private ReferenceData load(CallContext context) {
        CallContext reading = context.withOperation("reference-data");
        Instant now = clock.instant();
        ReferenceData data = ReferenceData.of(client.glAccounts(reading), client.journals(reading),
                client.costCenters(reading), client.costUnits(reading), client.financialPeriods(reading),
                client.vatCodes(reading), now);
        byDivision.put(key(context), data);
        reloaded.accept(context.division());
        return data;
    }

    private static String key(CallContext context) {
        return context.siteBaseUri() + "#" + context.division();
    }
}
