package io.koppel.simulator.internal.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Everything one Exact division (administratie) holds. Writes run one at a time per division, because a
 * sales entry touches several tables (entry, lines, receivable, numbering) that must change together.
 */
public final class DivisionData {
    private final int code;
    private final String description;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Map<String, Table> tables = new ConcurrentHashMap<>();
    private final Set<String> closedPeriods = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> entryNumbers = new HashMap<>();
    private final AtomicLong hidSequence = new AtomicLong(1);
    private final AtomicLong accountCodeSequence = new AtomicLong(5000);
    private final AtomicLong rowVersion = new AtomicLong(1);
    private volatile java.time.LocalDateTime moveDate;

    public DivisionData(int code, String description) {
        this.code = code;
        this.description = description;
    }

    public int code() {
        return code;
    }

    public String description() {
        return description;
    }

    public Table table(String name) {
        return tables.computeIfAbsent(name, n -> new Table());
    }

    /** Runs a multi-table change atomically with respect to other writes in this division. */
    public <T> T write(Supplier<T> change) {
        writeLock.lock();
        try {
            return change.get();
        } finally {
            writeLock.unlock();
        }
    }

    public boolean isPeriodClosed(int year, int period) {
        return closedPeriods.contains(year + "-" + period);
    }

    public void setPeriodClosed(int year, int period, boolean closed) {
        if (closed) {
            closedPeriods.add(year + "-" + period);
        } else {
            closedPeriods.remove(year + "-" + period);
        }
    }

    /** Next sequence number for a journal in a financial year; call inside {@link #write}. */
    public int nextEntrySequence(String journalCode, int year) {
        return entryNumbers.merge(journalCode + "/" + year, 1, Integer::sum);
    }

    public long nextHid() {
        return hidSequence.getAndIncrement();
    }

    public long nextAccountCode() {
        return accountCodeSequence.incrementAndGet();
    }

    /** The next sync Timestamp (a rowversion: unique, rising, unrelated to time); call inside {@link #write}. */
    public long nextRowVersion() {
        return rowVersion.incrementAndGet();
    }

    /** Starts the rowversions over, as a move of the division to another database does. */
    public void restartRowVersions(java.time.LocalDateTime movedAt) {
        rowVersion.set(1);
        moveDate = movedAt;
    }

    /** When the division last moved to another database (system/Divisions.DivisionMoveDate), or null. */
    public java.time.LocalDateTime moveDate() {
        return moveDate;
    }
}
