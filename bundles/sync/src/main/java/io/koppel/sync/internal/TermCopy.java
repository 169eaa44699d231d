package io.koppel.sync.internal;

import io.koppel.client.CallContext;
import io.koppel.client.ExactClient;
import io.koppel.client.model.DeletedRecord;
import io.koppel.client.model.Division;
import io.koppel.client.model.PaymentTerm;
import io.koppel.client.model.SyncPage;
import io.koppel.store.PaymentTermMapper;
import io.koppel.store.PaymentTermRow;
import io.koppel.store.Store;
import io.koppel.store.SyncDivisionRow;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Koppel's copy of a division's payment terms up to date from Exact's sync endpoints: what changed after the
 * stored Timestamp cursor, a page (1,000 terms) at a time, each page stored in the same transaction as the cursor
 * it reached, so a node that stops mid-read goes on from there and never stores a page twice or skips one. The
 * copy starts over from cursor 1 when Exact's DivisionMoveDate changed (a move resets the Timestamps) or when it
 * was last read longer ago than sync/Deleted remembers deletions.
 */
record TermCopy(Store store, ExactClient client, Clock clock, Duration moveCheckEvery, Duration deletionsKept) {
    private static final Logger LOG = LoggerFactory.getLogger(TermCopy.class);

    /**
     * How a read went.
     *
     * @param complete the copy reached the end of what Exact has
     * @param calls    the calls it made to Exact
     * @param rebuilt  the copy was started over
     */
    record Outcome(boolean complete, int calls, boolean rebuilt, int termsRead) {
    }

    /**
     * Reads what changed since the stored cursor, up to {@code maxPages} pages of each endpoint.
     *
     * @param stillHeld called before each call to Exact; it renews the division lease and says whether this node
     *                  still holds it
     */
    Outcome refresh(ExactDivision division, CallContext ctx, int maxPages, java.util.function.BooleanSupplier stillHeld) {
        int calls = 0;
        boolean rebuilt = false;
        Instant now = clock.instant();
        SyncDivisionRow row = store.transaction(s -> s.mapper(PaymentTermMapper.class).findDivision(division.site(), division.number()));
        if (row == null || row.moveCheckedAt() == null || row.moveCheckedAt().plus(moveCheckEvery).isBefore(now)) {
            requireLease(stillHeld);
            Instant moveDate = moveDate(ctx);
            calls++;
            if (row == null) {
                row = SyncDivisionRow.fresh(division.site(), division.number(), moveDate, now);
                SyncDivisionRow fresh = row;
                store.execute(s -> s.mapper(PaymentTermMapper.class).insertDivision(fresh));
            } else if (!Objects.equals(moveDate, row.moveDate())) {
                LOG.info("Division {} of {} moved in Exact ({} -> {}): its payment terms are read again from the start",
                        division.number(), division.site(), row.moveDate(), moveDate);
                row = restart(division, moveDate, now);
                rebuilt = true;
            } else {
                store.execute(s -> s.mapper(PaymentTermMapper.class).updateMoveCheck(division.site(), division.number(),
                        moveDate, now));
            }
        }
        if (!rebuilt && row.readAt() != null && row.readAt().plus(deletionsKept).isBefore(now)) {
            LOG.info("Division {} of {} was last read at {}, before what sync/Deleted keeps: read again from the start",
                    division.number(), division.site(), row.readAt());
            row = restart(division, row.moveDate(), now);
            rebuilt = true;
        }
        long termCursor = row.termCursor();
        long deletedCursor = row.deletedCursor();
        int termsRead = 0;
        boolean termsDone = false;
        for (int page = 0; page < maxPages && !termsDone; page++) {
            requireLease(stillHeld);
            SyncPage<PaymentTerm> terms = client.paymentTermsSince(ctx.withOperation("payment-terms"), termCursor);
            calls++;
            termsRead += terms.records().size();
            termsDone = !terms.more();
            long next = terms.lastTimestamp();
            storeTerms(division, terms.records(), next, deletedCursor);
            termCursor = next;
        }
        boolean deletionsDone = false;
        for (int page = 0; termsDone && page < maxPages && !deletionsDone; page++) {
            requireLease(stillHeld);
            SyncPage<DeletedRecord> deleted = client.deletedSince(ctx.withOperation("deleted-payment-terms"), deletedCursor);
            calls++;
            deletionsDone = !deleted.more();
            List<String> ids = deleted.records().stream().filter(d -> d.entityType() == DeletedRecord.PAYMENT_TERMS)
                    .map(d -> d.entityKey().toString()).toList();
            long next = deleted.lastTimestamp();
            long cursor = termCursor;
            boolean reachedEnd = deletionsDone;
            store.execute(s -> {
                PaymentTermMapper mapper = s.mapper(PaymentTermMapper.class);
                if (!ids.isEmpty()) {
                    mapper.markDeleted(division.site(), division.number(), ids);
                }
                mapper.updateCursors(division.site(), division.number(), cursor, next,
                        reachedEnd || wasComplete(s, division), clock.instant());
            });
            deletedCursor = next;
        }
        // Settling waits for a read that reached the end: a page boundary may fall between the parts of a split term
        return new Outcome(termsDone && deletionsDone, calls, rebuilt, termsRead);
    }

    private static boolean wasComplete(io.koppel.store.StoreSession s, ExactDivision division) {
        SyncDivisionRow row = s.mapper(PaymentTermMapper.class).findDivision(division.site(), division.number());
        return row != null && row.complete();
    }

    /** A page and the cursor it reached, in one transaction; a complete copy stays complete (it is behind). */
    private void storeTerms(ExactDivision division, List<PaymentTerm> terms, long termCursor, long deletedCursor) {
        List<PaymentTermRow> rows = terms.stream().map(t -> row(division, t)).toList();
        Instant now = clock.instant();
        store.execute(s -> {
            PaymentTermMapper mapper = s.mapper(PaymentTermMapper.class);
            // row by row: a key lookup each, where H2 scans the table for a DELETE ... IN of a thousand keys
            for (PaymentTermRow row : rows) {
                mapper.deleteTerm(division.site(), division.number(), row.termId());
                mapper.insertTerm(row);
            }
            mapper.updateCursors(division.site(), division.number(), termCursor, deletedCursor,
                    wasComplete(s, division), now);
        });
    }

    private SyncDivisionRow restart(ExactDivision division, Instant moveDate, Instant now) {
        SyncDivisionRow fresh = SyncDivisionRow.fresh(division.site(), division.number(), moveDate, now);
        store.execute(s -> {
            s.mapper(PaymentTermMapper.class).deleteTermsOfDivision(division.site(), division.number());
            s.mapper(PaymentTermMapper.class).restart(fresh);
        });
        return fresh;
    }

    private Instant moveDate(CallContext ctx) {
        return client.divisions(ctx.withOperation("division-move-date")).stream()
                .filter(d -> d.code() == ctx.division()).findFirst().map(Division::divisionMoveDate).orElse(null);
    }

    private static void requireLease(java.util.function.BooleanSupplier stillHeld) {
        if (!stillHeld.getAsBoolean()) {
            throw new LeaseLost();
        }
    }

    private static PaymentTermRow row(ExactDivision division, PaymentTerm t) {
        return new PaymentTermRow(division.site(), division.number(), t.id().toString(),
                t.transactionEntryId() == null ? null : t.transactionEntryId().toString(), t.entryNumber(),
                t.account() == null ? null : t.account().toString(), cut(t.accountCode(), 40), cut(t.yourRef(), 100),
                cut(t.paymentReference(), 40), amount(t.amountDC()), amount(t.amountDiscountDC()),
                t.status() == null ? 20 : t.status(), t.lineType() == null ? 20 : t.lineType(), t.lastPaymentDate(),
                t.timestamp(), false, true);
    }

    private static BigDecimal amount(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** Another node took the division: this read stops, what it stored stays. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost() {
            super("the division lease passed to another node", null, false, false);
        }
    }

}
