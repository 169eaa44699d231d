package io.koppel.simulator.internal.sales;

import io.koppel.simulator.internal.store.DivisionData;
import io.koppel.simulator.internal.store.Table;
import io.koppel.simulator.internal.store.TableNames;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The payment terms behind a receivable, as {@code sync/Cashflow/PaymentTerms} shows them. A receipt matches
 * terms in order; a partial receipt splits a term into a matched part (Status 50) and an open rest, so one
 * entry has several terms. Every change gives the term a new Timestamp (rowversion); a deleted term is
 * reported by {@code sync/Deleted} (EntityType 10). Called inside {@link DivisionData#write}.
 */
public final class PaymentTermBook {
    /** sync/Deleted's EntityType of payment terms. */
    public static final int ENTITY_TYPE = 10;
    static final int OPEN = 20;
    static final int MATCHED = 50;
    private static final String ORDER = "_Order";

    private PaymentTermBook() {
    }

    /** The first term of a new receivable: its whole amount, open. */
    static void open(DivisionData d, Map<String, Object> receivable, LocalDateTime now) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("ID", UUID.randomUUID());
        for (String field : List.of("Account", "AccountCode", "AccountName", "Currency", "Description",
                "DirectDebitMandate", "DueDate", "EntryDate", "EntryNumber", "InvoiceDate", "InvoiceNumber", "Journal",
                "JournalDescription", "PaymentMethod", "PaymentReference", "TransactionEntryID", "TransactionID",
                "YourRef", "Division")) {
            t.put(field, receivable.get(field));
        }
        t.put("EntryID", UUID.randomUUID());
        t.put("AmountDC", receivable.get("AmountDC"));
        t.put("AmountFC", receivable.get("AmountDC"));
        t.put("AmountDiscountDC", BigDecimal.ZERO);
        t.put("AmountDiscountFC", BigDecimal.ZERO);
        t.put("IsFullyPaid", false);
        t.put("LastPaymentDate", null);
        t.put("EndDate", null);
        t.put("EndPeriod", null);
        t.put("EndYear", null);
        t.put("LineType", 20);
        t.put("Status", OPEN);
        t.put("Created", now);
        t.put(ORDER, d.nextHid());
        save(d, t, now);
    }

    /**
     * Matches {@code amount} against the entry's open terms in order, splitting the last one touched.
     *
     * @param writtenOff whether the amount is written off (or a discount) rather than received
     * @return the IDs of the terms matched, for a later reversal
     */
    static List<UUID> match(DivisionData d, UUID entryId, BigDecimal amount, boolean writtenOff,
                            LocalDateTime date, LocalDateTime now) {
        List<UUID> matched = new ArrayList<>();
        BigDecimal rest = amount;
        for (Map<String, Object> term : openTerms(d, entryId)) {
            if (rest.signum() == 0) {
                break;
            }
            BigDecimal open = (BigDecimal) term.get("AmountDC");
            Map<String, Object> t = new LinkedHashMap<>(term);
            BigDecimal part = open.abs().compareTo(rest.abs()) <= 0 ? open : rest;
            if (part.compareTo(open) != 0) {
                Map<String, Object> remainder = new LinkedHashMap<>(term);
                remainder.put("ID", UUID.randomUUID());
                remainder.put("EntryID", UUID.randomUUID());
                remainder.put("AmountDC", open.subtract(part));
                remainder.put("AmountFC", open.subtract(part));
                remainder.put("Created", now);
                remainder.put(ORDER, d.nextHid());
                save(d, remainder, now);
            }
            t.put("AmountDC", part);
            t.put("AmountFC", part);
            t.put("AmountDiscountDC", writtenOff ? part : BigDecimal.ZERO);
            t.put("AmountDiscountFC", writtenOff ? part : BigDecimal.ZERO);
            t.put("Status", MATCHED);
            t.put("LastPaymentDate", date);
            save(d, t, now);
            matched.add((UUID) t.get("ID"));
            rest = rest.subtract(part);
        }
        return matched;
    }

    /** Undoes a match: the terms are open again (a storno, a deleted bank line, a match undone). */
    static void unmatch(DivisionData d, List<UUID> termIds, LocalDateTime now) {
        for (UUID id : termIds) {
            Map<String, Object> term = terms(d).get(id);
            if (term == null) {
                continue;
            }
            Map<String, Object> t = new LinkedHashMap<>(term);
            t.put("Status", OPEN);
            t.put("LastPaymentDate", null);
            t.put("AmountDiscountDC", BigDecimal.ZERO);
            t.put("AmountDiscountFC", BigDecimal.ZERO);
            save(d, t, now);
        }
    }

    /** Direct debit: the open terms are selected for collection (30) or the collection was sent (40). */
    static void collect(DivisionData d, UUID entryId, int status, LocalDateTime now) {
        for (Map<String, Object> term : openTerms(d, entryId)) {
            Map<String, Object> t = new LinkedHashMap<>(term);
            t.put("Status", status);
            save(d, t, now);
        }
    }

    /** After every change of an entry's terms: IsFullyPaid and the end date follow the entry's total state. */
    static void settleEntry(DivisionData d, Map<String, Object> receivable, LocalDateTime now) {
        UUID entryId = (UUID) receivable.get("TransactionEntryID");
        boolean fullyPaid = Boolean.TRUE.equals(receivable.get("IsFullyPaid"));
        for (Map<String, Object> term : termsOf(d, entryId)) {
            boolean matched = status(term) == MATCHED;
            Object end = matched && fullyPaid ? receivable.get("EndDate") : null;
            boolean changed = !Boolean.valueOf(fullyPaid).equals(term.get("IsFullyPaid"))
                    || !java.util.Objects.equals(end, term.get("EndDate"));
            if (changed) {
                Map<String, Object> t = new LinkedHashMap<>(term);
                t.put("IsFullyPaid", fullyPaid);
                t.put("EndDate", end);
                t.put("EndYear", end == null ? null : receivable.get("EndYear"));
                t.put("EndPeriod", end == null ? null : receivable.get("EndPeriod"));
                save(d, t, now);
            }
        }
    }

    /** Header changes of the entry (YourRef, due date, customer...) and a changed total reach its terms. */
    static void followEntry(DivisionData d, Map<String, Object> receivable, BigDecimal totalChange, LocalDateTime now) {
        UUID entryId = (UUID) receivable.get("TransactionEntryID");
        List<Map<String, Object>> open = openTerms(d, entryId);
        boolean amountDone = totalChange.signum() == 0;
        for (Map<String, Object> term : termsOf(d, entryId)) {
            Map<String, Object> t = new LinkedHashMap<>(term);
            for (String field : List.of("YourRef", "DueDate", "Description", "PaymentReference", "Account")) {
                t.put(field, receivable.get(field));
            }
            if (!amountDone && !open.isEmpty() && open.get(0).get("ID").equals(term.get("ID"))) {
                BigDecimal amount = ((BigDecimal) term.get("AmountDC")).add(totalChange);
                t.put("AmountDC", amount);
                t.put("AmountFC", amount);
                amountDone = true;
            }
            if (!t.equals(term)) {
                save(d, t, now);
            }
        }
        if (!amountDone) {
            Map<String, Object> r = new LinkedHashMap<>(receivable);
            r.put("AmountDC", totalChange);
            open(d, r, now);
        }
    }

    /** Removes every term of an entry; sync/Deleted reports them. */
    static void removeEntry(DivisionData d, UUID entryId, LocalDateTime now) {
        for (Map<String, Object> term : termsOf(d, entryId)) {
            remove(d, (UUID) term.get("ID"), now);
        }
    }

    static void remove(DivisionData d, UUID termId, LocalDateTime now) {
        if (terms(d).remove(termId) == null) {
            return;
        }
        Map<String, Object> deleted = new LinkedHashMap<>();
        deleted.put("ID", UUID.randomUUID());
        deleted.put("EntityKey", termId);
        deleted.put("EntityType", ENTITY_TYPE);
        deleted.put("DeletedBy", null);
        deleted.put("DeletedDate", now);
        deleted.put("Division", d.code());
        deleted.put("Timestamp", d.nextRowVersion());
        d.table(TableNames.DELETED).put(deleted.get("ID"), deleted);
    }

    /**
     * A move to another database: every term and deletion gets a new Timestamp from a restarted sequence, so a
     * client's old cursor points past all of them.
     */
    public static void moveDivision(DivisionData d, LocalDateTime now) {
        d.write(() -> {
            d.restartRowVersions(now);
            for (String table : List.of(TableNames.PAYMENT_TERMS, TableNames.DELETED)) {
                List<Map<String, Object>> rows = new ArrayList<>(d.table(table).all());
                rows.sort(Comparator.comparingLong(r -> (Long) r.get("Timestamp")));
                for (Map<String, Object> row : rows) {
                    Map<String, Object> t = new LinkedHashMap<>(row);
                    t.put("Timestamp", d.nextRowVersion());
                    d.table(table).put(t.get("ID"), t);
                }
            }
            return null;
        });
    }

    private static List<Map<String, Object>> openTerms(DivisionData d, UUID entryId) {
        return termsOf(d, entryId).stream().filter(t -> status(t) != MATCHED).toList();
    }

    private static List<Map<String, Object>> termsOf(DivisionData d, UUID entryId) {
        List<Map<String, Object>> list = new ArrayList<>(terms(d).findAll(t -> entryId.equals(t.get("TransactionEntryID"))));
        list.sort(Comparator.comparingLong(t -> (Long) t.get(ORDER)));
        return list;
    }

    private static int status(Map<String, Object> term) {
        return ((Number) term.get("Status")).intValue();
    }

    private static void save(DivisionData d, Map<String, Object> term, LocalDateTime now) {
        term.put("Modified", now);
        term.put("Timestamp", d.nextRowVersion());
        terms(d).put(term.get("ID"), term);
    }

    private static Table terms(DivisionData d) {
        return d.table(TableNames.PAYMENT_TERMS);
    }
}
