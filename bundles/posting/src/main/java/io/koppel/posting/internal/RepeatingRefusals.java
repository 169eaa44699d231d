package io.koppel.posting.internal;

import io.koppel.api.Reason;
import io.koppel.store.RefusalMapper;
import io.koppel.store.RefusalRow;
import io.koppel.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.ibatis.exceptions.PersistenceException;

/**
 * Refusals of Exact that will come back for every document with the same cause until someone changes the data:
 * a mandate reference that exists, a closed period, a blocked or unknown journal, GL account or cost code, an
 * inactive customer or one that is not a customer. Each is remembered with its cause, so the other documents of
 * that cause fail at once with the same reason, without calling Exact: each cause costs Exact one error.
 *
 * <p>A cause is forgotten when a clerk posts a document of that cause again (after the fix in Exact), when the
 * division's reference data is reloaded (a journal, GL account or cost code may have been unblocked or made), and
 * in any case after {@code memory}, so a fix no one tells Koppel about is found within that time. The causes are
 * kept in the database, so every node knows what one node met.
 *
 * <p>A division's causes are read once per pass of its writer ({@link #newPass}), not per document: one node
 * writes to a division at a time (its lease), so what other nodes met is there when the pass begins, and what this
 * node remembers or forgets drops its copy. A cause another node records for the division during the pass (only
 * possible for divisions of another Exact site with the same number) is seen from the next pass on.
 */
final class RepeatingRefusals {
    /** The reasons whose cause is in the reference data: a reload shows whether it is fixed. */
    private static final Set<Kind> REFERENCE_DATA = EnumSet.of(Kind.JOURNAL, Kind.GL_ACCOUNT, Kind.COST_CENTER,
            Kind.COST_UNIT);

    enum Kind {
        MANDATE_REFERENCE, PERIOD, JOURNAL, GL_ACCOUNT, COST_CENTER, COST_UNIT, CUSTOMER
    }

    /** One cause in one division, e.g. period 2025-12 of division 100001. */
    record Cause(int division, Kind kind, String key) {
    }

    private final Store store;
    private final Clock clock;
    private final Duration memory;
    /** The causes of each division as read at the start of its writer's pass. */
    private final Map<Integer, List<RefusalRow>> readThisPass = new ConcurrentHashMap<>();

    RepeatingRefusals(Store store, Clock clock, Duration memory) {
        this.store = store;
        this.clock = clock;
        this.memory = memory;
    }

    /**
     * The cause of a refusal, if the refusal will repeat.
     *
     * @param customer the customer the document was posted for, or null when it had none yet
     */
    static Optional<Cause> causeOf(Reason reason, int division, String customer) {
        Kind kind;
        String key;
        switch (reason.code()) {
            case MANDATE_REFERENCE_EXISTS -> {
                kind = Kind.MANDATE_REFERENCE;
                key = argument(reason, 0);
            }
            case PERIOD_CLOSED -> {
                kind = Kind.PERIOD;
                key = argument(reason, 0) + "-" + Integer.parseInt(argument(reason, 1));
            }
            case JOURNAL_BLOCKED, JOURNAL_NOT_FOUND, JOURNAL_NOT_SALES -> {
                kind = Kind.JOURNAL;
                key = argument(reason, 0);
            }
            case GL_ACCOUNT_BLOCKED, GL_ACCOUNT_NOT_FOUND, GL_ACCOUNT_WRONG_TYPE, COST_CODE_REQUIRED -> {
                kind = Kind.GL_ACCOUNT;
                // "704000 - Verkopen (oud)": the code is what documents share
                key = argument(reason, 0).split("\\s+")[0];
            }
            case COST_CENTER_NOT_FOUND -> {
                kind = Kind.COST_CENTER;
                key = argument(reason, 0);
            }
            case COST_UNIT_NOT_FOUND -> {
                kind = Kind.COST_UNIT;
                key = argument(reason, 0);
            }
            case CUSTOMER_INACTIVE, CUSTOMER_WRONG_TYPE -> {
                kind = Kind.CUSTOMER;
                key = customer;
            }
            default -> {
                return Optional.empty();
            }
        }
        return key == null || key.isBlank() ? Optional.empty() : Optional.of(new Cause(division, kind, key.strip()));
    }

    void remember(Cause cause, Reason reason) {
        Instant now = clock.instant();
        try {
            store.transaction(session -> {
                RefusalMapper refusals = session.mapper(RefusalMapper.class);
                refusals.deleteOlderThan(now.minus(memory));
                refusals.delete(cause.division(), cause.kind().name(), List.of(cause.key()));
                return refusals.insert(new RefusalRow(cause.division(), cause.kind().name(), cause.key(), reason,
                        now));
            });
        } catch (PersistenceException anotherNodeRememberedItJustNow) {
            // the cause is remembered either way
        } finally {
            readThisPass.remove(cause.division());
        }
    }

    /** The reason remembered for the first of these causes Exact refused, if any: one read per division. */
    Optional<Reason> refusalFor(List<Cause> candidates) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Instant since = clock.instant().minus(memory);
        Map<Integer, Map<Cause, Reason>> byDivision = new HashMap<>();
        for (Cause cause : candidates) {
            Map<Cause, Reason> remembered = byDivision.computeIfAbsent(cause.division(), division -> readThisPass
                    .computeIfAbsent(division, read -> store.statement(session -> session.mapper(RefusalMapper.class)
                            .find(read, since))).stream()
                    .filter(row -> !row.rememberedAt().isBefore(since))
                    .collect(Collectors.toMap(row -> new Cause(row.division(), Kind.valueOf(row.kind()),
                            row.causeKey()), RefusalRow::reason, (a, b) -> a)));
            Reason reason = remembered.get(cause);
            if (reason != null) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }

    /** A clerk posts again: whatever these causes were, they get one more try at Exact. */
    void forget(Collection<Cause> candidates) {
        for (Cause cause : candidates) {
            store.execute(session -> session.mapper(RefusalMapper.class).delete(cause.division(), cause.kind().name(),
                    List.of(cause.key())));
            readThisPass.remove(cause.division());
        }
    }

    /** The division's reference data was reloaded: causes it can show fixed are tried again. */
    void referenceDataReloaded(int division) {
        store.execute(session -> session.mapper(RefusalMapper.class).deleteKinds(division,
                REFERENCE_DATA.stream().map(Kind::name).toList()));
        readThisPass.remove(division);
    }

    /** A writer begins a pass over the division's due postings: its causes are read again. */
    void newPass(int division) {
        readThisPass.remove(division);
    }

    private static String argument(Reason reason, int index) {
        return reason.arguments().size() > index ? reason.arguments().get(index) : null;
    }

}
