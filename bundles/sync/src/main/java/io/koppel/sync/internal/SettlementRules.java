package io.koppel.sync.internal;

import io.koppel.api.Ogm;
import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.api.sync.Settlement;
import io.koppel.api.sync.SettlementKind;
import io.koppel.api.sync.SyncMismatch;
import io.koppel.store.EntryBalanceRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides what a document's entry in Exact means for the host: settled in full, in part, open again, nothing new,
 * or a mismatch that is reported and never applied. The entry was found by its id (a posted document) or its
 * entry number (a migrated one); entry number and OGM are checked against it.
 */
final class SettlementRules {
    private SettlementRules() {
    }

    /** The outcome for one document: a settlement, a mismatch, or neither. */
    record Decision(Optional<Settlement> settlement, Optional<SyncMismatch> mismatch) {
        static final Decision NONE = new Decision(Optional.empty(), Optional.empty());

        static Decision of(Settlement settlement) {
            return new Decision(Optional.of(settlement), Optional.empty());
        }

        static Decision of(SyncMismatch mismatch) {
            return new Decision(Optional.empty(), Optional.of(mismatch));
        }
    }

    /**
     * @param toleranceCents a rest this small (or smaller) counts as paid
     * @param paymentDate the date to record the payment on; null: Exact's last payment date
     */
    static Decision decide(EntryBalanceRow row, int toleranceCents, LocalDate paymentDate) {
        if (!"KOPPEL".equals(row.handling())) {
            return Decision.NONE;
        }
        Optional<SyncMismatch> mismatch = mismatch(row);
        if (mismatch.isPresent()) {
            return Decision.of(mismatch.get());
        }
        BigDecimal amount = row.amount();
        // Exact books a credit note negative even when the host printed it positive
        int sign = "CREDIT_NOTE".equals(row.documentType()) && amount.signum() > 0 ? -1 : 1;
        BigDecimal outstanding = row.outstanding().multiply(BigDecimal.valueOf(sign));
        BigDecimal writtenOff = row.writtenOff().multiply(BigDecimal.valueOf(sign));
        outstanding = within(outstanding, amount);
        writtenOff = within(writtenOff, amount.subtract(outstanding));
        BigDecimal tolerance = BigDecimal.valueOf(toleranceCents, 2);
        SettlementKind kind;
        if (outstanding.abs().compareTo(tolerance) <= 0) {
            kind = SettlementKind.FULLY_PAID;
            outstanding = BigDecimal.ZERO.setScale(2);
        } else if (outstanding.compareTo(amount) == 0) {
            kind = SettlementKind.REOPENED;
        } else {
            kind = SettlementKind.PARTIALLY_PAID;
        }
        if (!changed(row, kind, outstanding)) {
            return Decision.NONE;
        }
        LocalDate date = paymentDate != null ? paymentDate : row.lastPaymentDate();
        return Decision.of(new Settlement(row.hostInvoiceId(), row.documentNumber(),
                row.exactEntryNumber() != null ? row.exactEntryNumber() : row.minEntryNumber(), row.ogm(), kind,
                amount, outstanding, writtenOff, kind == SettlementKind.REOPENED ? null : date, row.hostEntity()));
    }

    /** Only what differs from what the host was last told; an invoice never settled and still open is no news. */
    private static boolean changed(EntryBalanceRow row, SettlementKind kind, BigDecimal outstanding) {
        if (row.settledKind() == null) {
            return kind != SettlementKind.REOPENED;
        }
        return !kind.name().equals(row.settledKind()) || row.settledOutstanding() == null
                || row.settledOutstanding().compareTo(outstanding) != 0;
    }

    /** Between zero and the limit, in the limit's sign: never more settled than the document, never negative. */
    private static BigDecimal within(BigDecimal value, BigDecimal limit) {
        BigDecimal inSign = limit.signum() < 0 ? value.negate() : value;
        BigDecimal bound = limit.abs();
        BigDecimal clamped = inSign.signum() < 0 ? BigDecimal.ZERO : inSign.min(bound);
        return (limit.signum() < 0 ? clamped.negate() : clamped).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static Optional<SyncMismatch> mismatch(EntryBalanceRow row) {
        if (row.entryCount() > 1) {
            return mismatchOf(row, ReasonCode.SYNC_ENTRY_AMBIGUOUS, row.exactEntryNumber());
        }
        Integer stored = row.exactEntryNumber();
        if (stored != null && (!stored.equals(row.minEntryNumber()) || !stored.equals(row.maxEntryNumber()))) {
            return mismatchOf(row, ReasonCode.SYNC_ENTRY_NUMBER_MISMATCH, stored,
                    Objects.equals(row.minEntryNumber(), row.maxEntryNumber()) ? String.valueOf(row.minEntryNumber())
                            : row.minEntryNumber() + "-" + row.maxEntryNumber());
        }
        if (row.ogm() != null && !row.ogm().isBlank()) {
            String expected = digits(row.ogm());
            String yourRef = digits(row.yourRef());
            String reference = digits(row.paymentReference());
            if (!expected.equals(yourRef) && !expected.equals(reference)) {
                return mismatchOf(row, ReasonCode.SYNC_OGM_MISMATCH, row.ogm(),
                        Objects.requireNonNullElse(row.yourRef(), Objects.requireNonNullElse(row.paymentReference(), "-")));
            }
        }
        return Optional.empty();
    }

    private static Optional<SyncMismatch> mismatchOf(EntryBalanceRow row, ReasonCode code, Object... arguments) {
        Object[] withDocument = new Object[arguments.length + 1];
        withDocument[0] = row.documentNumber();
        System.arraycopy(arguments, 0, withDocument, 1, arguments.length);
        return Optional.of(new SyncMismatch(row.hostEntity(), row.documentNumber(), Reason.of(code, withDocument)));
    }

    private static String digits(String text) {
        if (text == null) {
            return "";
        }
        if (Ogm.isValid(text)) {
            return Ogm.parse(text).digits();
        }
        return text.replaceAll("\\D", "");
    }
}
