package io.koppel.posting.internal;

import io.koppel.auth.ExactAccess;
import io.koppel.client.ExactClient;
import io.koppel.posting.DivisionWork;
import io.koppel.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * The posting bundle's parts on one node, on the clock given: the posting service and the queue as
 * {@link PostingWorker} composes it (its processor, claim time, batch size and division writers; claims of an earlier
 * run under the same worker name taken back), polled by the caller instead of the worker's thread. The seam for
 * code outside the bundle that drives the real pipeline, such as the benchmarks.
 */
public final class PostingNode {
    private final PostingServiceImpl service;
    private final PostingQueue queue;

    public PostingNode(Store store, ExactAccess access, ExactClient client, PostingConfiguration configuration,
            Clock clock, String worker, ExecutorService writers) {
        this(store, access, client, configuration, clock, worker, writers, List.of());
    }

    /** @param otherWork what other bundles do in the divisions between postings, as the worker's references */
    public PostingNode(Store store, ExactAccess access, ExactClient client, PostingConfiguration configuration,
            Clock clock, String worker, ExecutorService writers, List<DivisionWork> otherWork) {
        this.service = new PostingServiceImpl(store, clock);
        this.queue = new PostingQueue(store, access,
                PostingWorker.processor(store, access, client, configuration, clock), List::of, () -> otherWork,
                clock, worker, Duration.ofSeconds(configuration.claimSeconds()), configuration.batchSize(), writers);
        queue.recover();
    }

    public PostingServiceImpl service() {
        return service;
    }

    /** One round of the worker's poll: claims what is due and hands it to the division writers. */
    public int poll() {
        return queue.poll();
    }

    /** Whether nothing is being written now. */
    public boolean idle() {
        return queue.idle();
    }

    /** Works the queue from the caller's thread until nothing due is left; fails after this many rounds. */
    public void drain(int rounds) throws InterruptedException {
        drain(queue, rounds);
    }

    static void drain(PostingQueue queue, int rounds) throws InterruptedException {
        for (int round = 0; round < rounds; round++) {
            int handed = queue.poll();
            while (!queue.idle()) {
                Thread.sleep(2);
            }
            if (handed == 0) {
                return;
            }
        }
        throw new IllegalStateException("the queue did not settle in " + rounds + " rounds");
    }

    /** Stops as the worker's deactivation does: finishes the postings being written, then takes no new ones. */
    public void stop(Duration patience) throws InterruptedException {
        queue.stop(patience);
    }
}
