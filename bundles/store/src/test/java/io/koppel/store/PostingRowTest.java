package io.koppel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.api.Status;
import io.koppel.api.posting.DocumentType;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Each transition sets exactly the columns it names, keeps the document and clears the claim. */
class PostingRowTest {
    private static final Instant SENT = Rows.NOW.minusSeconds(3600);
    private static final Instant FIRST = Rows.NOW.minusSeconds(600);
    private static final Instant DUE = Rows.NOW.minusSeconds(60);
    private static final Instant LATER = Rows.NOW.plusSeconds(300);
    private static final Reason REASON = Reason.of(ReasonCode.PERIOD_CLOSED, "2025", "12");

    /** Claimed for its third attempt, with what the second left behind. */
    private static final PostingRow CLAIMED = row(Status.IN_PROGRESS, Reason.of(ReasonCode.RATE_LIMITED, "x"), 2,
            FIRST, DUE, true, 100001, "stale-entry", 7, "node-a", Rows.NOW.plusSeconds(60), Rows.NOW.minusSeconds(1));

    @Test
    void aSubmittedDocumentIsNewAndDueAtOnce() {
        PostingRow submitted = PostingRow.submitted("D-1", "INV-D-1", "school-1", DocumentType.INVOICE,
                "Peeters Jan", "Familie Peeters", new BigDecimal("123.45"), "+++090/9337/55493+++", "{}", SENT, true);
        assertEquals(new PostingRow("D-1", "INV-D-1", "school-1", DocumentType.INVOICE, "Peeters Jan",
                "Familie Peeters", new BigDecimal("123.45"), "+++090/9337/55493+++", "{}", Status.NEW, null, 0, null,
                SENT, true, null, null, null, null, null, SENT, null), submitted);
    }

    @Test
    void eachTransitionSetsItsColumns() {
        assertEquals(row(Status.COMPLETED, null, 3, FIRST, DUE, false, 100002, "entry", 42, null, null, Rows.NOW),
                CLAIMED.completed("entry", 42, 100002, FIRST, Rows.NOW));
        assertEquals(row(Status.FAILED, REASON, 3, FIRST, DUE, true, 100002, "entry", 42, null, null, Rows.NOW),
                CLAIMED.bookedWithMismatch(REASON, "entry", 42, 100002, FIRST, Rows.NOW));
        assertEquals(row(Status.FAILED, REASON, 2, null, DUE, false, 100002, null, null, null, null, Rows.NOW),
                CLAIMED.failed(REASON, 2, null, 100002, false, Rows.NOW));
        assertEquals(row(Status.FATAL, REASON, 3, FIRST, DUE, true, 100001, null, null, null, null, Rows.NOW),
                CLAIMED.fatal(REASON, 3, FIRST, true, Rows.NOW));
        assertEquals(row(Status.IN_PROGRESS, REASON, 3, FIRST, LATER, false, 100001, null, null, null, null,
                Rows.NOW), CLAIMED.retryAt(LATER, REASON, 3, FIRST, false, Rows.NOW));
    }

    @Test
    void aWaitingPostingStaysNewUntilSomethingWasTriedOrWritten() {
        assertEquals(row(Status.IN_PROGRESS, REASON, 2, FIRST, LATER, false, 100001, null, null, null, null,
                Rows.NOW), CLAIMED.waiting(REASON, LATER, false, Rows.NOW));
        PostingRow untried = row(Status.NEW, null, 0, null, DUE, false, null, null, null, "node-a", LATER, null);
        assertEquals(row(Status.NEW, REASON, 0, null, LATER, false, null, null, null, null, null, Rows.NOW),
                untried.waiting(REASON, LATER, false, Rows.NOW));
        assertEquals(row(Status.IN_PROGRESS, REASON, 0, null, LATER, true, null, null, null, null, null, Rows.NOW),
                untried.waiting(REASON, LATER, true, Rows.NOW));
    }

    private static PostingRow row(Status status, Reason reason, int attempts, Instant firstAttemptAt,
            Instant nextAttemptAt, boolean mayHaveReachedExact, Integer division, String entryId, Integer entryNumber,
            String claimedBy, Instant claimedUntil, Instant processedAt) {
        PostingRow document = Rows.posting("D-1", Status.NEW, SENT);
        return new PostingRow(document.documentNumber(), document.hostInvoiceId(), document.hostEntity(),
                document.documentType(), document.personName(), document.title(), document.amount(), document.ogm(),
                document.document(), status, reason, attempts, firstAttemptAt, nextAttemptAt, mayHaveReachedExact,
                division, entryId, entryNumber, claimedBy, claimedUntil, SENT, processedAt);
    }
}
