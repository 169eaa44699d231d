package io.koppel.posting.internal;

import io.koppel.api.KoppelException;
import io.koppel.api.spi.PostingListener;
import io.koppel.auth.ExactAccess;
import io.koppel.auth.LinkedConnection;
import io.koppel.posting.DivisionWork;
import io.koppel.store.DivisionLease;
import io.koppel.store.PostingMapper;
import io.koppel.store.PostingRow;
import io.koppel.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The posting queue as one node works it. Each look at the queue hands the due postings of a division to one
 * writer, provided no node holds that division's lease: so at most one request goes to a division at a time,
 * across all nodes, while divisions are posted to in parallel. Each posting is claimed before it is worked on
 * and released with its outcome, so a node that stops loses nothing: its claims run out and another node (or
 * itself, restarted) takes them up.
 */
final class PostingQueue {
    private static final Logger LOG = LoggerFactory.getLogger(PostingQueue.class);

    private final Store store;
    private final ExactAccess access;
    private final PostingProcessor processor;
    private final Supplier<List<PostingListener>> listeners;
    private final Supplier<List<DivisionWork>> otherWork;
    private final Clock clock;
    private final String worker;
    private final Duration claim;
    private final int batchSize;
    private final ExecutorService writers;
    private final DivisionLease lease;
    private final Set<Division> divisionsBeingWritten = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    PostingQueue(Store store, ExactAccess access, PostingProcessor processor, Supplier<List<PostingListener>> listeners,
            Clock clock, String worker, Duration claim, int batchSize, ExecutorService writers) {
        this(store, access, processor, listeners, List::of, clock, worker, claim, batchSize, writers);
    }

    /** @param otherWork what other bundles do in a division between its postings, under its lease */
    PostingQueue(Store store, ExactAccess access, PostingProcessor processor, Supplier<List<PostingListener>> listeners,
            Supplier<List<DivisionWork>> otherWork, Clock clock, String worker, Duration claim, int batchSize,
            ExecutorService writers) {
        this.store = store;
        this.otherWork = otherWork;
        this.access = access;
        this.processor = processor;
        this.listeners = listeners;
        this.clock = clock;
        this.worker = worker;
        this.claim = claim;
        this.batchSize = batchSize;
        this.writers = writers;
        this.lease = new DivisionLease(store, clock, worker, claim);
    }

    /** Takes back what this worker held before it stopped, so a restarted node picks up its work at once. */
    void recover() {
        int postings = store.transaction(s -> s.mapper(PostingMapper.class).releaseClaims(worker));
        lease.releaseAll();
        if (postings > 0) {
            LOG.info("Took back {} postings {} was working on when it stopped", postings, worker);
        }
    }

    /**
     * Looks at the queue once and starts a writer for every division with due postings that no one writes to.
     *
     * @return how many postings (and divisions with other work) were handed to writers
     */
    int poll() {
        if (stopping) {
            return 0;
        }
        Instant now = clock.instant();
        List<PostingRow> due = store.statement(s -> s.mapper(PostingMapper.class).findDue(now, batchSize));
        Map<String, LinkedConnection> connections = new HashMap<>();
        Map<Division, List<Work>> byDivision = new LinkedHashMap<>();
        for (PostingRow row : due) {
            LinkedConnection connection;
            try {
                connection = connections.computeIfAbsent(row.hostEntity(), access::linked);
            } catch (KoppelException waiting) {
                park(row);
                continue;
            }
            byDivision.computeIfAbsent(Division.of(connection), division -> new ArrayList<>())
                    .add(new Work(row.documentNumber(), connection));
        }
        Map<Division, LinkedConnection> otherWorkDue = otherWorkDue(now, connections);
        otherWorkDue.keySet().forEach(division -> byDivision.computeIfAbsent(division, none -> new ArrayList<>()));
        int handed = 0;
        for (Map.Entry<Division, List<Work>> division : byDivision.entrySet()) {
            if (divisionsBeingWritten.add(division.getKey())) {
                DivisionLease.Held held = lease.take(division.getKey().site(), division.getKey().number());
                if (held != null) {
                    LinkedConnection other = otherWorkDue.get(division.getKey());
                    writers.execute(() -> write(division.getKey(), held, division.getValue(), other));
                    handed += division.getValue().size() + (other == null ? 0 : 1);
                } else {
                    divisionsBeingWritten.remove(division.getKey());
                }
            }
        }
        return handed;
    }

    /** Whether nothing is being written now: for tests and an orderly stop. */
    boolean idle() {
        return divisionsBeingWritten.isEmpty();
    }

    /**
     * Finishes the postings being written, then stops taking new ones. Returns only when no writer runs any more:
     * the next worker on this node (after a bundle update) takes this node's claims back at its start.
     */
    void stop(Duration patience) throws InterruptedException {
        stopping = true;
        writers.shutdown();
        if (!writers.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warn("Postings still being written after {}; interrupting their calls to Exact", patience);
            writers.shutdownNow();
            while (!writers.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Still waiting for a division writer to end");
            }
        }
    }

    private void write(Division division, DivisionLease.Held held, List<Work> works, LinkedConnection otherWorkIn) {
        processor.newPass(division.number());
        // The outcome of a posting is stored in the commit that claims the next one: nothing reaches Exact in
        // between, and it saves a commit per posting. The last one, and one before a stop, is stored on its own.
        PostingRow unsaved = null;
        LinkedConnection other = otherWorkIn;
        try {
            for (int index = 0; index < works.size(); index++) {
                Work work = works.get(index);
                if (stopping) {
                    return;
                }
                if (!held.keep()) {
                    return;
                }
                PostingRow claimed = claim(work, unsaved);
                unsaved = null;
                if (claimed == null) {
                    continue;
                }
                PostingRow outcome = processor.process(claimed, work.connection());
                if (PostingProcessor.holdsUpTheConnection(outcome)) {
                    save(outcome);
                    // The connection or the division's budget waits: the rest of the batch would meet the same wait,
                    // each posting of it an error or a token request more. An endpoint paused for its errors is no
                    // such wait: postings that do not need it go on.
                    holdBack(works.subList(index + 1, works.size()), outcome);
                    return;
                }
                if (other != null) {
                    // other work calls Exact next: this outcome is stored first
                    save(outcome);
                    if (!otherWorkTurn(other)) {
                        other = null;
                    }
                } else {
                    unsaved = outcome;
                }
            }
            // After postings the writer ends, so the next look at the queue gives postings and other work equal
            // turns again; a division with other work only spends a batch on it.
            for (int turn = 0; other != null && works.isEmpty() && turn < batchSize && !stopping; turn++) {
                if (!held.keep()) {
                    return;
                }
                if (!otherWorkTurn(other)) {
                    other = null;
                }
            }
        } catch (RuntimeException unexpected) {
            LOG.error("Writing to division {} stopped: {}", division.number(), unexpected.getMessage(), unexpected);
        } finally {
            try {
                if (unsaved != null) {
                    save(unsaved);
                }
            } finally {
                held.release();
                divisionsBeingWritten.remove(division);
            }
        }
    }

    /** The divisions where other bundles have work due, each with a connection that reaches it. */
    private Map<Division, LinkedConnection> otherWorkDue(Instant now, Map<String, LinkedConnection> connections) {
        Map<Division, LinkedConnection> due = new LinkedHashMap<>();
        for (DivisionWork work : otherWork.get()) {
            for (String hostEntity : work.dueHostEntities(now, batchSize)) {
                try {
                    LinkedConnection connection = connections.computeIfAbsent(hostEntity, access::linked);
                    due.putIfAbsent(Division.of(connection), connection);
                } catch (KoppelException waiting) {
                    // the connection cannot call Exact now: its work waits, as its postings do
                }
            }
        }
        return due;
    }

    /** One piece of each other bundle's due work in the division. @return whether any may have more */
    private boolean otherWorkTurn(LinkedConnection connection) {
        boolean more = false;
        for (DivisionWork work : otherWork.get()) {
            try {
                more |= work.workOne(connection);
            } catch (RuntimeException failed) {
                LOG.warn("Work in division {} failed: {}", connection.division(), failed.getMessage(), failed);
            }
        }
        return more;
    }

    /**
     * Claims a posting and marks that it may reach Exact, in one commit that also stores the outcome of the
     * posting written before it, if any. Returns the row as it was before the claim, which tells this attempt
     * whether an earlier one may have booked it; null when the posting is no longer to be claimed.
     */
    private PostingRow claim(Work work, PostingRow finished) {
        Instant now = clock.instant();
        Claim claimed = store.transaction(s -> {
            PostingMapper postings = s.mapper(PostingMapper.class);
            int saved = finished == null ? 0 : postings.saveAndRelease(finished, worker);
            PostingRow before = postings.findForClaim(work.documentNumber());
            return new Claim(before != null && postings.claim(work.documentNumber(), worker, now.plus(claim), now) == 1
                    ? before : null, saved);
        });
        if (finished != null) {
            saved(finished, claimed.saved());
        }
        return claimed.before();
    }

    /** The rest of a batch waits as its first posting does, without calling Exact. */
    private void holdBack(List<Work> rest, PostingRow waiting) {
        for (Work work : rest) {
            if (!work.connection().hostEntity().equals(waiting.hostEntity())) {
                continue;
            }
            Instant now = clock.instant();
            if (store.transaction(s -> s.mapper(PostingMapper.class)
                    .claim(work.documentNumber(), worker, now.plus(claim), now)) == 1) {
                PostingRow row = store.transaction(s -> s.mapper(PostingMapper.class).find(work.documentNumber()));
                save(row.waiting(waiting.reason(), waiting.nextAttemptAt(), row.mayHaveReachedExact(),
                        clock.instant()));
            }
        }
    }

    private void park(PostingRow row) {
        Instant now = clock.instant();
        if (store.transaction(s -> s.mapper(PostingMapper.class)
                .claim(row.documentNumber(), worker, now.plus(claim), now)) == 1) {
            save(processor.waitForConnection(row, row.mayHaveReachedExact()));
        }
    }

    private void save(PostingRow outcome) {
        saved(outcome, store.transaction(s -> s.mapper(PostingMapper.class).saveAndRelease(outcome, worker)));
    }

    /** Tells the listeners about an outcome stored, or warns that another node took the posting over. */
    private void saved(PostingRow outcome, int rows) {
        if (rows == 0) {
            LOG.warn("Posting {} was taken over by another node before {} could save it", outcome.documentNumber(),
                    worker);
            return;
        }
        for (PostingListener listener : listeners.get()) {
            try {
                listener.postingChanged(PostingViews.view(outcome));
            } catch (RuntimeException e) {
                LOG.warn("A posting listener failed on {}: {}", outcome.documentNumber(), e.getMessage());
            }
        }
    }

    /** A division of an Exact site: division numbers are unique only within their site. */
    private record Division(String site, int number) {
        static Division of(LinkedConnection connection) {
            return new Division(connection.siteBaseUri().getAuthority(), connection.division());
        }
    }

    private record Work(String documentNumber, LinkedConnection connection) {
    }

    private record Claim(PostingRow before, int saved) {
    }
}
