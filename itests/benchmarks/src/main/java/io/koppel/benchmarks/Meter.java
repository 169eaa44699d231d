package io.koppel.benchmarks;

import io.koppel.auth.ExactAccess;
import io.koppel.auth.LinkedConnection;
import io.koppel.client.ExactClient;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a node's time goes, measured at the seams the posting bundle already has, without changing it:
 * <ul>
 * <li>the writer pool handed to the {@link io.koppel.posting.internal.PostingNode}'s queue: wall and CPU time
 * of every division writer's run;</li>
 * <li>the {@link ExactClient} handed to the processor: time inside each call to Exact (HTTP round trip, the
 * client's JSON and rate-limit bookkeeping, the access token and the transaction log listener);</li>
 * <li>the access tokens of each {@link LinkedConnection}: the connection manager's database read and
 * decryption, made inside the client call;</li>
 * <li>the exchange listener (transaction log), called inside the client call;</li>
 * <li>{@link io.koppel.posting.internal.PostingNode#poll()}, timed by the node's poller.</li>
 * </ul>
 */
final class Meter {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    final LongAdder writeNanos = new LongAdder();
    final LongAdder writeCpuNanos = new LongAdder();
    final LongAdder writes = new LongAdder();
    final LongAdder clientNanos = new LongAdder();
    final LongAdder clientCalls = new LongAdder();
    final LongAdder tokenNanos = new LongAdder();
    final LongAdder listenerNanos = new LongAdder();
    final LongAdder pollNanos = new LongAdder();
    final LongAdder pollCpuNanos = new LongAdder();
    final LongAdder polls = new LongAdder();

    void reset() {
        for (LongAdder adder : List.of(writeNanos, writeCpuNanos, writes, clientNanos, clientCalls, tokenNanos,
                listenerNanos, pollNanos, pollCpuNanos, polls)) {
            adder.reset();
        }
    }

    ExactClient client(ExactClient client) {
        return (ExactClient) Proxy.newProxyInstance(ExactClient.class.getClassLoader(),
                new Class<?>[] {ExactClient.class}, (self, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(client, args);
                    }
                    long started = System.nanoTime();
                    try {
                        return method.invoke(client, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        clientNanos.add(System.nanoTime() - started);
                        clientCalls.increment();
                    }
                });
    }

    ExactAccess access(ExactAccess access) {
        return hostEntity -> {
            LinkedConnection linked = access.linked(hostEntity);
            return new LinkedConnection(linked.hostEntity(), linked.siteBaseUri(), linked.division(),
                    linked.invoiceJournal(), linked.creditNoteJournal(), linked.costCenter(), linked.costUnit(),
                    () -> {
                        long started = System.nanoTime();
                        try {
                            return linked.tokens().accessToken();
                        } finally {
                            tokenNanos.add(System.nanoTime() - started);
                        }
                    });
        };
    }

    void listened(long nanos) {
        listenerNanos.add(nanos);
    }

    void polled(long nanos, long cpuNanos) {
        pollNanos.add(nanos);
        pollCpuNanos.add(cpuNanos);
        polls.increment();
    }

    static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    ExecutorService writers(ExecutorService pool) {
        return new AbstractExecutorService() {
            @Override
            public void execute(Runnable command) {
                pool.execute(() -> {
                    long cpu = cpu();
                    long started = System.nanoTime();
                    try {
                        command.run();
                    } finally {
                        writeNanos.add(System.nanoTime() - started);
                        writeCpuNanos.add(cpu() - cpu);
                        writes.increment();
                    }
                });
            }

            @Override
            public void shutdown() {
                pool.shutdown();
            }

            @Override
            public List<Runnable> shutdownNow() {
                return pool.shutdownNow();
            }

            @Override
            public boolean isShutdown() {
                return pool.isShutdown();
            }

            @Override
            public boolean isTerminated() {
                return pool.isTerminated();
            }

            @Override
            public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
                return pool.awaitTermination(timeout, unit);
            }
        };
    }
}
