package io.koppel.client.internal.limits;

import io.koppel.client.ExactTransientException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Lets one request at a time through to a division. Exact queues parallel requests to one division in random
 * order and says data integrity is then not guaranteed; and a shared rate budget cannot be counted down
 * reliably by two requests in flight. The locks are fair, so no caller starves behind a busy worker.
 */
public final class DivisionGate {
    private final Map<DivisionKey, ReentrantLock> locks = new ConcurrentHashMap<>();

    public <T> T through(DivisionKey key, Supplier<T> request) {
        ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock(true));
        try {
            lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExactTransientException("interrupted while waiting for division " + key, null, false, e);
        }
        try {
            return request.get();
        } finally {
            lock.unlock();
        }
    }

    /** How many callers wait for the division right now (for tests and diagnostics). */
    public int waiting(DivisionKey key) {
        ReentrantLock lock = locks.get(key);
        return lock == null ? 0 : lock.getQueueLength();
    }
}
