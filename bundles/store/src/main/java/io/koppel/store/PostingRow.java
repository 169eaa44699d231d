package io.koppel.store;

import io.koppel.api.Reason;
import io.koppel.api.Status;
import io.koppel.api.posting.DocumentType;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A row of {@code koppel_posting}: one host document, its overview columns and where its posting stands.
 * {@code document} is the whole host document as the posting bundle serialised it, so a restart loses nothing.
 * {@code mayHaveReachedExact} is set before a write to Exact whose answer could be lost; the next attempt then
 * looks the entry up before posting.
 *
 * <p>A posting moves on through the named transitions below. Each keeps the document and its overview columns,
 * the time it was sent and, unless it says otherwise, when the next attempt was due; each leaves the row
 * unclaimed, since the claim columns are the queue's to set.
 */
public record PostingRow(
        String documentNumber,
        String hostInvoiceId,
        String hostEntity,
        DocumentType documentType,
        String personName,
        String title,
        BigDecimal amount,
        String ogm,
        String document,
        Status status,
        Reason reason,
        int attempts,
        Instant firstAttemptAt,
        Instant nextAttemptAt,
        boolean mayHaveReachedExact,
        Integer division,
        String exactEntryId,
        Integer exactEntryNumber,
        String claimedBy,
        Instant claimedUntil,
        Instant sentAt,
        Instant processedAt) {

    /**
     * A document just sent by the host: {@link Status#NEW}, due at once, with no attempt yet.
     * {@code lookFirst} makes the first attempt look for an entry in Exact before booking one.
     */
    public static PostingRow submitted(String documentNumber, String hostInvoiceId, String hostEntity,
            DocumentType documentType, String personName, String title, BigDecimal amount, String ogm,
            String document, Instant at, boolean lookFirst) {
        return new PostingRow(documentNumber, hostInvoiceId, hostEntity, documentType, personName, title, amount, ogm,
                document, Status.NEW, null, 0, null, at, lookFirst, null, null, null, null, null, at, null);
    }

    /** Booked in Exact as entry {@code entryId} (number {@code entryNumber}) in this attempt. */
    public PostingRow completed(String entryId, Integer entryNumber, Integer division, Instant firstAttempt,
            Instant at) {
        return moved(Status.COMPLETED, null, attempts + 1, firstAttempt, nextAttemptAt, false, division, entryId,
                entryNumber, at);
    }

    /**
     * Booked in Exact in this attempt but not as the host printed it: {@link Status#FAILED} with the entry kept,
     * so that posting again adopts the entry once the clerk has corrected it.
     */
    public PostingRow bookedWithMismatch(Reason mismatch, String entryId, Integer entryNumber, Integer division,
            Instant firstAttempt, Instant at) {
        return moved(Status.FAILED, mismatch, attempts + 1, firstAttempt, nextAttemptAt, true, division, entryId,
                entryNumber, at);
    }

    /** {@link Status#FAILED} for {@code reason} without an entry: a clerk acts before it is posted again. */
    public PostingRow failed(Reason reason, int attempts, Instant firstAttempt, Integer division,
            boolean mayHaveReachedExact, Instant at) {
        return moved(Status.FAILED, reason, attempts, firstAttempt, nextAttemptAt, mayHaveReachedExact, division, null,
                null, at);
    }

    /** {@link Status#FATAL}: the retries are used up; the division stays the one last known. */
    public PostingRow fatal(Reason reason, int attempts, Instant firstAttempt, boolean mayHaveReachedExact,
            Instant at) {
        return moved(Status.FATAL, reason, attempts, firstAttempt, nextAttemptAt, mayHaveReachedExact, division, null,
                null, at);
    }

    /** Tried again at {@code next} after a failure that may pass; the attempt counts. */
    public PostingRow retryAt(Instant next, Reason reason, int attempts, Instant firstAttempt,
            boolean mayHaveReachedExact, Instant at) {
        return moved(Status.IN_PROGRESS, reason, attempts, firstAttempt, next, mayHaveReachedExact, division, null,
                null, at);
    }

    /**
     * Waits until {@code next} for {@code reason} without using up an attempt: still {@link Status#NEW} if
     * nothing was tried or written yet, otherwise {@link Status#IN_PROGRESS}.
     */
    public PostingRow waiting(Reason reason, Instant next, boolean mayHaveReachedExact, Instant at) {
        Status waits = attempts == 0 && !mayHaveReachedExact ? Status.NEW : Status.IN_PROGRESS;
        return moved(waits, reason, attempts, firstAttemptAt, next, mayHaveReachedExact, division, null, null, at);
    }

    private PostingRow moved(Status status, Reason reason, int attempts, Instant firstAttemptAt, Instant nextAttemptAt,
            boolean mayHaveReachedExact, Integer division, String exactEntryId, Integer exactEntryNumber,
            Instant processedAt) {
        return new PostingRow(documentNumber, hostInvoiceId, hostEntity, documentType, personName, title, amount, ogm,
                document, status, reason, attempts, firstAttemptAt, nextAttemptAt, mayHaveReachedExact, division,
                exactEntryId, exactEntryNumber, null, null, sentAt, processedAt);
    }
}
