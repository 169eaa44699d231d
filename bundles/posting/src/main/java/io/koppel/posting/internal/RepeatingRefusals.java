package io.koppel.posting.internal;

import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refusals of Exact that will come back for every document with the same cause until someone changes the data:
 * a mandate reference that exists, a closed period, a blocked or unknown journal, GL account or cost code, an
 * inactive customer or one that is not a customer. Each is remembered with its cause, so the other documents of
 * that cause fail at once with the same reason, without calling Exact: each cause costs Exact one error.
 *
 * <p>A cause is forgotten when a clerk posts a document of that cause again (after the fix in Exact), when the
 * division's reference data is reloaded (a journal, GL account or cost code may have been unblocked or made), and
 * in any case after {@code memory}, so a fix no one tells Koppel about is found within that time.
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

    private record Remembered(Reason reason, Instant at) {
    }

    private final Map<Cause, Remembered> causes = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration memory;

    RepeatingRefusals(Clock clock, Duration memory) {
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
        causes.put(cause, new Remembered(reason, clock.instant()));
    }

    /** The reason remembered for the first of these causes Exact refused, if any. */
    Optional<Reason> refusalFor(Collection<Cause> candidates) {
        Instant now = clock.instant();
        for (Cause cause : candidates) {
            Remembered remembered = causes.get(cause);
            if (remembered == null) {
                continue;
            }
            if (remembered.at().plus(memory).isAfter(now)) {
                return Optional.of(remembered.reason());
            }
            causes.remove(cause, remembered);
        }
        return Optional.empty();
    }

    /** A clerk posts again: whatever these causes were, they get one more try at Exact. */
    void forget(Collection<Cause> candidates) {
        candidates.forEach(causes::remove);
    }

    /** The division's reference data was reloaded: causes it can show fixed are tried again. */
    void referenceDataReloaded(int division) {
        causes.keySet().removeIf(cause -> cause.division() == division && REFERENCE_DATA.contains(cause.kind()));
    }

    private static String argument(Reason reason, int index) {
        return reason.arguments().size() > index ? reason.arguments().get(index) : null;
    }

}
