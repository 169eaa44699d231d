package io.koppel.sync.internal;

import io.koppel.auth.ExactAccess;
import io.koppel.auth.LinkedConnection;
import io.koppel.store.DivisionLease;
import io.koppel.store.EntryBalanceRow;
import io.koppel.store.PaymentStateMapper;
import io.koppel.store.PaymentTermMapper;
import io.koppel.store.StoreSession;
import io.koppel.store.SyncConnectionRow;
import io.koppel.store.UnallocatedCreditRow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads a division's payment terms into Koppel's copy under the division lease, and reads the documents of host
 * entities next to them: what both modes of payment sync share.
 */
record DivisionReader(ExactAccess access, TermCopy copy, DivisionLease lease, int maxPages,
                      Map<ExactDivision, Semaphore> readersOnThisNode) {

    DivisionReader(ExactAccess access, TermCopy copy, DivisionLease lease, int maxPages) {
        this(access, copy, lease, maxPages, new ConcurrentHashMap<>());
    }

    /** The host entities' connections by division. @throws io.koppel.api.KoppelException for a missing link */
    Map<ExactDivision, List<LinkedConnection>> byDivision(Collection<String> hostEntities) {
        Map<ExactDivision, List<LinkedConnection>> divisions = new LinkedHashMap<>();
        for (String entity : hostEntities.stream().sorted().toList()) {
            LinkedConnection connection = access.linked(entity);
            divisions.computeIfAbsent(ExactDivision.of(connection), d -> new ArrayList<>()).add(connection);
        }
        return divisions;
    }

    /**
     * Brings the division's copy up to date.
     *
     * @param patience how long to wait for the division lease while another node (a posting) holds it; zero: do
     *                 not wait
     * @return null when the lease could not be had
     */
    TermCopy.Outcome read(ExactDivision division, LinkedConnection connection, Duration patience)
            throws InterruptedException {
        return read(division, connection, patience, Function.identity());
    }

    /**
     * Brings the division's copy up to date and hands what it read to {@code thenUnderLease} while this thread still
     * holds the division: no other thread or node stores terms of it until that returns.
     *
     * @return what {@code thenUnderLease} returned; null when the division could not be had
     */
    <T> T read(ExactDivision division, LinkedConnection connection, Duration patience,
               Function<TermCopy.Outcome, T> thenUnderLease) throws InterruptedException {
        // The lease's holder is this node, so it does not keep two threads of the node apart (a scheduled run, a run
        // on demand, a webhook's run, a sync file): side by side they would store the same terms twice, and one's
        // clearing of the changed marks would drop what the other stored and did not settle yet.
        Semaphore reader = readersOnThisNode.computeIfAbsent(division, d -> new Semaphore(1));
        long started = System.nanoTime();
        if (!reader.tryAcquire(patience.toNanos(), TimeUnit.NANOSECONDS)) {
            return null;
        }
        try {
            Duration left = patience.minusNanos(System.nanoTime() - started);
            DivisionLease.Held held = left.isZero() || left.isNegative() ? lease.take(division.site(), division.number())
                    : lease.await(division.site(), division.number(), left);
            if (held == null) {
                return null;
            }
            try {
                return thenUnderLease.apply(copy.refresh(division, ExactDivision.context(connection, "payment-sync"),
                        maxPages, held::keep));
            } finally {
                held.release();
            }
        } finally {
            reader.release();
        }
    }

    static void balances(StoreSession session, ExactDivision division, List<String> hostEntities, boolean changedOnly,
                         Consumer<EntryBalanceRow> each) {
        PaymentTermMapper mapper = session.mapper(PaymentTermMapper.class);
        mapper.postedBalances(division.site(), division.number(), hostEntities, changedOnly,
                context -> each.accept(context.getResultObject()));
        mapper.migratedBalances(division.site(), division.number(), hostEntities, changedOnly,
                context -> each.accept(context.getResultObject()));
    }

    static List<UnallocatedCreditRow> unallocated(StoreSession session, ExactDivision division) {
        return session.mapper(PaymentTermMapper.class).unallocatedCredit(division.site(), division.number());
    }

    static int tolerance(StoreSession session, String hostEntity) {
        SyncConnectionRow row = session.mapper(PaymentStateMapper.class).findConnection(hostEntity);
        return row == null ? 0 : row.toleranceCents();
    }
}
