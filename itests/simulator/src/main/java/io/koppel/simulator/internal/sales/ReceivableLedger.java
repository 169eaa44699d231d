package io.koppel.simulator.internal.sales;

import io.koppel.simulator.PaymentKind;
import io.koppel.simulator.PaymentRequest;
import io.koppel.simulator.PaymentResult;
import io.koppel.simulator.internal.entities.Lookups;
import io.koppel.simulator.internal.entities.Schemas;
import io.koppel.simulator.internal.store.DivisionData;
import io.koppel.simulator.internal.store.Table;
import io.koppel.simulator.internal.store.TableNames;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Outstanding items (receivables) of sales entries and the money received against them. One receivable per
 * entry; payments lower what is outstanding, a reversal raises it again, and an overpayment settles the item
 * and leaves the excess open on the customer as a negative item from the bank journal.
 */
public final class ReceivableLedger {
    /** Hidden fields (not in the schema, so never rendered). */
    public static final String HID = "HID";
    private static final String PAID = "_Paid";

    private ReceivableLedger() {
    }

    public static Map<String, Object> openItem(DivisionData d, Map<String, Object> entry, UUID firstLineId,
                                               UUID mandate, LocalDateTime now) {
        Map<String, Object> account = Lookups.account(d, (UUID) entry.get("Customer"));
        Map<String, Object> r = Schemas.RECEIVABLE.newRow(UUID.randomUUID(), d.code(), now);
        r.put("Account", entry.get("Customer"));
        r.put("AccountCode", account == null ? null : account.get("Code"));
        r.put("AccountName", account == null ? null : account.get("Name"));
        for (String field : List.of("Currency", "Description", "DueDate", "EntryDate", "EntryNumber", "InvoiceNumber",
                "Journal", "JournalDescription", "PaymentReference", "YourRef")) {
            r.put(field, entry.get(field));
        }
        r.put("InvoiceDate", entry.get("EntryDate"));
        r.put("PaymentMethod", mandate == null ? "B" : "I");
        r.put("TransactionEntryID", entry.get("EntryID"));
        r.put("TransactionID", firstLineId);
        r.put("TransactionType", entry.get("Type"));
        r.put("Source", 1);
        r.put("DirectDebitMandate", mandate);
        return open(d, r, (BigDecimal) entry.get("AmountDC"), now);
    }

    /** Stores a new item over the whole amount with nothing paid on it yet, and opens its payment term. */
    private static Map<String, Object> open(DivisionData d, Map<String, Object> r, BigDecimal amount, LocalDateTime now) {
        for (String field : List.of("AmountDC", "AmountFC", "TransactionAmountDC", "TransactionAmountFC")) {
            r.put(field, amount);
        }
        r.put("IsFullyPaid", false);
        r.put("LastPaymentDate", null);
        r.put("Status", 20);
        r.put("EndDate", null);
        r.put("EndPeriod", null);
        r.put("EndYear", null);
        r.put("Created", now);
        r.put("Modified", now);
        r.put(HID, d.nextHid());
        r.put(PAID, BigDecimal.ZERO);
        Map<String, Object> stored = receivables(d).put(r.get("ID"), r);
        PaymentTermBook.open(d, stored, now);
        return stored;
    }

    public static Map<String, Object> forEntry(DivisionData d, UUID entryId) {
        return receivables(d).findFirst(r -> entryId.equals(r.get("TransactionEntryID"))).orElse(null);
    }

    /** Follows header and amount changes of the entry (new or deleted lines, a new YourRef...). */
    public static void syncWithEntry(DivisionData d, Map<String, Object> entry, LocalDateTime now) {
        Map<String, Object> existing = forEntry(d, (UUID) entry.get("EntryID"));
        if (existing == null) {
            return;
        }
        Map<String, Object> r = new LinkedHashMap<>(existing);
        BigDecimal total = (BigDecimal) entry.get("AmountDC");
        BigDecimal totalChange = total.subtract((BigDecimal) existing.get("TransactionAmountDC"));
        r.put("TransactionAmountDC", total);
        r.put("TransactionAmountFC", total);
        r.put("TransactionType", entry.get("Type"));
        for (String field : List.of("YourRef", "DueDate", "Description", "PaymentReference")) {
            r.put(field, entry.get(field));
        }
        r.put("Account", entry.get("Customer"));
        Map<String, Object> updated = settle(d, r, now, (LocalDateTime) r.get("LastPaymentDate"));
        PaymentTermBook.followEntry(d, updated, totalChange, now);
        PaymentTermBook.settleEntry(d, updated, now);
    }

    public static void removeForEntry(DivisionData d, UUID entryId, LocalDateTime now) {
        Map<String, Object> r = forEntry(d, entryId);
        if (r != null) {
            receivables(d).remove(r.get("ID"));
            PaymentTermBook.removeEntry(d, entryId, now);
        }
    }

    public static PaymentResult register(DivisionData d, PaymentRequest request, LocalDateTime now) {
        return d.write(() -> {
            Map<String, Object> entry = findEntry(d, request);
            Map<String, Object> receivable = forEntry(d, (UUID) entry.get("EntryID"));
            if (receivable == null) {
                throw new IllegalArgumentException("sales entry " + entry.get("EntryNumber") + " has no outstanding item");
            }
            LocalDateTime date = request.date() == null ? now.toLocalDate().atStartOfDay() : request.date().atStartOfDay();
            return switch (request.kind()) {
                case PAYMENT, WRITE_OFF -> pay(d, receivable, request.kind(), request.amount(), date, now);
                case OVERPAYMENT -> overpay(d, receivable, request.amount(), date, now);
                case REVERSAL -> reverse(d, receivable, request.paymentId(), now);
                case DIRECT_DEBIT_SELECTED -> collect(d, receivable, 30, now);
                case DIRECT_DEBIT_SENT -> collect(d, receivable, 40, now);
            };
        });
    }

    private static PaymentResult pay(DivisionData d, Map<String, Object> receivable, PaymentKind kind,
                                     BigDecimal amount, LocalDateTime date, LocalDateTime now) {
        BigDecimal outstanding = (BigDecimal) receivable.get("AmountDC");
        BigDecimal applied = amount == null ? outstanding : amount;
        if (applied.signum() == 0 || applied.signum() != outstanding.signum() || applied.abs().compareTo(outstanding.abs()) > 0) {
            throw new IllegalArgumentException("payment of " + applied + " does not fit the outstanding " + outstanding
                    + " (use OVERPAYMENT for more than is outstanding)");
        }
        List<UUID> terms = PaymentTermBook.match(d, entryOf(receivable), applied, kind == PaymentKind.WRITE_OFF, date, now);
        UUID paymentId = recordPayment(d, receivable, kind, applied, applied, date, null, terms);
        Map<String, Object> updated = applyPaid(d, receivable, applied, date, now);
        return result(paymentId, updated, null);
    }

    private static PaymentResult collect(DivisionData d, Map<String, Object> receivable, int status, LocalDateTime now) {
        if (((BigDecimal) receivable.get("AmountDC")).signum() == 0) {
            throw new IllegalArgumentException("nothing outstanding to collect on " + receivable.get("EntryNumber"));
        }
        PaymentTermBook.collect(d, entryOf(receivable), status, now);
        Map<String, Object> r = new LinkedHashMap<>(receivable);
        r.put("Status", status);
        r.put("Modified", now);
        Map<String, Object> updated = receivables(d).put(r.get("ID"), r);
        return result(null, updated, null);
    }

    private static UUID entryOf(Map<String, Object> receivable) {
        return (UUID) receivable.get("TransactionEntryID");
    }

    private static PaymentResult overpay(DivisionData d, Map<String, Object> receivable, BigDecimal received,
                                         LocalDateTime date, LocalDateTime now) {
        BigDecimal outstanding = (BigDecimal) receivable.get("AmountDC");
        if (received == null || outstanding.signum() <= 0 || received.compareTo(outstanding) <= 0) {
            throw new IllegalArgumentException("an overpayment needs an amount above the outstanding " + outstanding);
        }
        BigDecimal excess = received.subtract(outstanding);
        UUID excessId = openExcessItem(d, receivable, excess, date, now);
        List<UUID> terms = PaymentTermBook.match(d, entryOf(receivable), outstanding, false, date, now);
        UUID paymentId = recordPayment(d, receivable, PaymentKind.OVERPAYMENT, outstanding, received, date, excessId, terms);
        Map<String, Object> updated = applyPaid(d, receivable, outstanding, date, now);
        return result(paymentId, updated, excessId);
    }

    private static PaymentResult reverse(DivisionData d, Map<String, Object> receivable, UUID paymentId, LocalDateTime now) {
        Table payments = d.table(TableNames.PAYMENTS);
        Map<String, Object> payment = payments.findAll(p -> receivable.get("ID").equals(p.get("Receivable"))
                        && !Boolean.TRUE.equals(p.get("Reversed"))
                        && (paymentId == null || paymentId.equals(p.get("ID"))))
                .stream().max(Comparator.comparingLong(p -> (Long) p.get("Sequence")))
                .orElseThrow(() -> new IllegalArgumentException("no payment to reverse"));
        Map<String, Object> reversed = new LinkedHashMap<>(payment);
        reversed.put("Reversed", true);
        payments.put(payment.get("ID"), reversed);
        if (payment.get("ExcessReceivable") != null) {
            Map<String, Object> excess = receivables(d).remove(payment.get("ExcessReceivable"));
            if (excess != null) {
                PaymentTermBook.removeEntry(d, entryOf(excess), now);
            }
        }
        @SuppressWarnings("unchecked")
        List<UUID> terms = (List<UUID>) payment.get("Terms");
        PaymentTermBook.unmatch(d, terms, now);
        BigDecimal applied = (BigDecimal) payment.get("Applied");
        Map<String, Object> updated = applyPaid(d, receivable, applied.negate(), lastPaymentDate(d, receivable), now);
        return result((UUID) payment.get("ID"), updated, null);
    }

    private static UUID recordPayment(DivisionData d, Map<String, Object> receivable, PaymentKind kind, BigDecimal applied,
                                      BigDecimal received, LocalDateTime date, UUID excess, List<UUID> terms) {
        UUID id = UUID.randomUUID();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("ID", id);
        p.put("Sequence", d.nextHid());
        p.put("Receivable", receivable.get("ID"));
        p.put("Kind", kind.name());
        p.put("Applied", applied);
        p.put("Received", received);
        p.put("Date", date);
        p.put("Reversed", false);
        p.put("ExcessReceivable", excess);
        p.put("Terms", List.copyOf(terms));
        d.table(TableNames.PAYMENTS).put(id, p);
        return id;
    }

    private static Map<String, Object> applyPaid(DivisionData d, Map<String, Object> receivable, BigDecimal delta,
                                                 LocalDateTime lastPayment, LocalDateTime now) {
        Map<String, Object> r = new LinkedHashMap<>(receivable);
        r.put(PAID, ((BigDecimal) r.get(PAID)).add(delta));
        return settle(d, r, now, lastPayment);
    }

    /** Recomputes outstanding amount, status and end date from the transaction amount and what was paid. */
    private static Map<String, Object> settle(DivisionData d, Map<String, Object> r, LocalDateTime now, LocalDateTime lastPayment) {
        BigDecimal outstanding = ((BigDecimal) r.get("TransactionAmountDC")).subtract((BigDecimal) r.get(PAID));
        boolean settled = outstanding.signum() == 0;
        r.put("AmountDC", outstanding);
        r.put("AmountFC", outstanding);
        r.put("IsFullyPaid", settled);
        r.put("Status", settled ? 50 : 20);
        r.put("LastPaymentDate", lastPayment);
        Period end = settled && lastPayment != null ? PeriodLookup.forDate(d, lastPayment) : null;
        r.put("EndDate", settled ? lastPayment : null);
        r.put("EndYear", end == null ? null : end.year());
        r.put("EndPeriod", end == null ? null : end.period());
        r.put("Modified", now);
        Map<String, Object> stored = receivables(d).put(r.get("ID"), r);
        PaymentTermBook.settleEntry(d, stored, now);
        return stored;
    }

    private static LocalDateTime lastPaymentDate(DivisionData d, Map<String, Object> receivable) {
        return d.table(TableNames.PAYMENTS).findAll(p -> receivable.get("ID").equals(p.get("Receivable"))
                        && !Boolean.TRUE.equals(p.get("Reversed"))).stream()
                .map(p -> (LocalDateTime) p.get("Date")).max(Comparator.naturalOrder()).orElse(null);
    }

    private static UUID openExcessItem(DivisionData d, Map<String, Object> receivable, BigDecimal excess,
                                       LocalDateTime date, LocalDateTime now) {
        Map<String, Object> bank = d.table(TableNames.JOURNALS).findFirst(j -> Lookups.intValue(j.get("Type"), 0) == 12)
                .orElse(null);
        String bankCode = bank == null ? "BANK" : bank.get("Code").toString();
        Period period = PeriodLookup.forDate(d, date);
        int year = period == null ? date.getYear() : period.year();
        int number = EntryNumbering.assign(d, bankCode, year, null, n -> false);
        Map<String, Object> r = new LinkedHashMap<>(receivable);
        r.put("ID", UUID.randomUUID());
        r.put("Description", "Overbetaling " + receivable.get("EntryNumber"));
        r.put("DueDate", date);
        r.put("EntryDate", date);
        r.put("InvoiceDate", date);
        r.put("EntryNumber", number);
        r.put("InvoiceNumber", null);
        r.put("Journal", bankCode);
        r.put("JournalDescription", bank == null ? null : bank.get("Description"));
        r.put("PaymentMethod", "B");
        r.put("TransactionEntryID", UUID.randomUUID());
        r.put("TransactionID", UUID.randomUUID());
        r.put("TransactionType", 40);
        r.put("YourRef", null); // ReceivablesList: "null if it is a cashflow entry"
        r.put("DirectDebitMandate", null);
        return (UUID) open(d, r, excess.negate(), now).get("ID");
    }

    private static Map<String, Object> findEntry(DivisionData d, PaymentRequest request) {
        Table entries = d.table(TableNames.SALES_ENTRIES);
        if (request.entryId() != null) {
            Map<String, Object> entry = entries.get(request.entryId());
            if (entry == null) {
                throw new IllegalArgumentException("no sales entry " + request.entryId() + " in division " + d.code());
            }
            return entry;
        }
        if (request.entryNumber() == null) {
            throw new IllegalArgumentException("give entryId or entryNumber");
        }
        List<Map<String, Object>> matches = entries.findAll(e -> request.entryNumber().equals(e.get("EntryNumber"))
                && (request.journalCode() == null || request.journalCode().equals(e.get("Journal"))));
        if (matches.size() != 1) {
            throw new IllegalArgumentException(matches.size() + " sales entries with number " + request.entryNumber()
                    + " in division " + d.code() + (matches.isEmpty() ? "" : "; give journalCode"));
        }
        return matches.get(0);
    }

    private static PaymentResult result(UUID paymentId, Map<String, Object> receivable, UUID excess) {
        return new PaymentResult(paymentId, (UUID) receivable.get("ID"), (BigDecimal) receivable.get("AmountDC"),
                (Boolean) receivable.get("IsFullyPaid"), excess);
    }

    private static Table receivables(DivisionData d) {
        return d.table(TableNames.RECEIVABLES);
    }
}
