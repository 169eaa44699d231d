package io.koppel.simulator.internal.sales;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.koppel.simulator.internal.entities.BodyReader;
import io.koppel.simulator.internal.entities.Lookups;
import io.koppel.simulator.internal.entities.RequestContext;
import io.koppel.simulator.internal.entities.Schemas;
import io.koppel.simulator.internal.messages.Lang;
import io.koppel.simulator.internal.messages.Msg;
import io.koppel.simulator.internal.messages.Term;
import io.koppel.simulator.internal.model.ApiError;
import io.koppel.simulator.internal.model.Field;
import io.koppel.simulator.internal.model.Problems;
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
import java.util.Set;
import java.util.UUID;

/**
 * Books sales entries the way Exact validates them: journal, customer, financial period and every line are
 * checked and all problems reported together; then entry, lines and the outstanding item are stored at once.
 */
public final class SalesEntryPoster {
    /** Journal types a sales entry may use: 20 sales, 21 return invoice. */
    private static final Set<Integer> SALES_JOURNAL_TYPES = Set.of(20, 21);
    private static final int DEFAULT_PAYMENT_DAYS = 30;

    private SalesEntryPoster() {
    }

    private record Header(Map<String, Object> journal, Map<String, Object> customer, Period period,
                          LocalDateTime entryDate) {
    }

    public static Map<String, Object> create(RequestContext ctx, ObjectNode body) {
        Map<String, Object> values = BodyReader.writable(body, Schemas.SALES_ENTRY);
        List<Map<String, Object>> lineValues = lines(body.get("SalesEntryLines"));
        DivisionData d = ctx.division();
        return d.write(() -> {
            Problems p = ctx.problems();
            Header header = checkHeader(ctx, values, p);
            List<SalesLineValidator.CheckedLine> lines = new ArrayList<>();
            if (lineValues.isEmpty()) {
                p.add(Msg.REQUIRED, Term.LINES);
            }
            for (Map<String, Object> line : lineValues) {
                lines.add(SalesLineValidator.check(d, line, p));
            }
            p.throwIfAny();
            return store(ctx, values, header, lines);
        });
    }

    private static Map<String, Object> store(RequestContext ctx, Map<String, Object> values, Header header,
                                             List<SalesLineValidator.CheckedLine> lines) {
        DivisionData d = ctx.division();
        Table entries = d.table(TableNames.SALES_ENTRIES);
        UUID entryId = UUID.randomUUID();
        String journalCode = header.journal().get("Code").toString();
        Integer suggested = (Integer) values.get("EntryNumber");
        int number = EntryNumbering.assign(d, journalCode, header.period().year(), suggested,
                n -> entries.findFirst(e -> journalCode.equals(e.get("Journal")) && Integer.valueOf(n).equals(e.get("EntryNumber"))).isPresent());

        Map<String, Object> entry = new LinkedHashMap<>();
        for (Field f : Schemas.SALES_ENTRY.fields()) {
            entry.put(f.name(), null);
        }
        entry.putAll(values);
        entry.put("EntryID", entryId);
        entry.put("Customer", header.customer().get("ID"));
        entry.put("CustomerName", header.customer().get("Name"));
        entry.put("Journal", journalCode);
        entry.put("JournalDescription", header.journal().get("Description"));
        entry.put("EntryDate", header.entryDate());
        entry.put("DueDate", values.get("DueDate") != null ? values.get("DueDate") : header.entryDate().plusDays(DEFAULT_PAYMENT_DAYS));
        entry.put("ReportingYear", header.period().year());
        entry.put("ReportingPeriod", header.period().period());
        entry.put("EntryNumber", number);
        // For sales entries Exact's invoice number is the entry number (ReceivablesList docs)
        entry.put("InvoiceNumber", number);
        entry.put("Currency", values.get("Currency") == null ? "EUR" : values.get("Currency"));
        entry.put("Rate", BigDecimal.ONE);
        entry.put("Status", 50);
        entry.put("StatusDescription", ctx.lang() == Lang.NL ? "Verwerkt" : "Processed");
        entry.put("Reversal", Boolean.TRUE.equals(values.get("Reversal")));
        entry.put("Division", d.code());
        entry.put("Created", ctx.now());
        entry.put("Modified", ctx.now());
        if (values.get("Document") != null) {
            Map<String, Object> doc = d.table(TableNames.DOCUMENTS).get(values.get("Document"));
            entry.put("DocumentSubject", doc == null ? null : doc.get("Subject"));
        }

        Table lineTable = d.table(TableNames.SALES_ENTRY_LINES);
        UUID firstLine = null;
        int lineNumber = 0;
        for (SalesLineValidator.CheckedLine line : lines) {
            Map<String, Object> row = lineRow(d, entryId, ++lineNumber, line);
            lineTable.put(row.get("ID"), row);
            firstLine = firstLine == null ? (UUID) row.get("ID") : firstLine;
        }
        Map<String, Object> stored = entries.put(entryId, withTotals(ctx, entry));
        BigDecimal total = (BigDecimal) stored.get("AmountDC");
        if (total.signum() != 0) {
            ReceivableLedger.openItem(d, stored, firstLine, mainMandate(d, (UUID) stored.get("Customer")), ctx.now());
        }
        announce(ctx, "Create", entryId);
        return stored;
    }

    private static Header checkHeader(RequestContext ctx, Map<String, Object> values, Problems p) {
        DivisionData d = ctx.division();
        String journalCode = BodyReader.text(values, "Journal");
        Map<String, Object> journal = null;
        if (journalCode == null || journalCode.isBlank()) {
            p.add(Msg.REQUIRED, Term.JOURNAL);
        } else {
            journal = Lookups.journalByCode(d, journalCode);
            if (journal == null) {
                p.add(Msg.INVALID_REFERENCE, Term.JOURNALS);
            } else if (!SALES_JOURNAL_TYPES.contains(Lookups.intValue(journal.get("Type"), -1))) {
                // Exact answers a journal of the wrong kind with a 500 (picqer #452, for cash entries)
                throw new ApiError(500, Msg.JOURNAL_NOT_SALES.format(ctx.lang()));
            } else if (Boolean.TRUE.equals(journal.get("IsBlocked"))) {
                p.add(Msg.BLOCKED, Term.JOURNAL, journal.get("Code"), journal.get("Description"));
            }
        }
        UUID customerId = (UUID) values.get("Customer");
        Map<String, Object> customer = null;
        if (customerId == null) {
            p.add(Msg.REQUIRED, Term.CUSTOMER);
        } else {
            customer = Lookups.account(d, customerId);
            if (customer == null) {
                p.add(Msg.INVALID_REFERENCE, Term.CUSTOMER);
            } else {
                if (!"C".equals(customer.get("Status"))) {
                    p.add(Msg.INVALID, Term.CUSTOMER_TYPE);
                }
                if (Boolean.TRUE.equals(customer.get("Blocked"))) {
                    p.add(Msg.CUSTOMER_INACTIVE);
                }
                if (journal != null && customer.get("GLAR") != null && !customer.get("GLAR").equals(journal.get("GLAccount"))) {
                    p.add(Msg.CUSTOMER_RECEIVABLES_MISMATCH);
                }
            }
        }
        LocalDateTime entryDate = values.get("EntryDate") == null
                ? ctx.now().toLocalDate().atStartOfDay()
                : ((LocalDateTime) values.get("EntryDate")).toLocalDate().atStartOfDay();
        Period period = period(d, values, entryDate);
        if (period == null) {
            p.add(Msg.REQUIRED, Term.FINANCIAL_YEAR);
        } else if (d.isPeriodClosed(period.year(), period.period())) {
            p.add(Msg.PERIOD_CLOSED, period.year(), period.period());
        }
        if (values.get("Document") != null && d.table(TableNames.DOCUMENTS).get(values.get("Document")) == null) {
            p.add(Msg.INVALID_REFERENCE, Term.DOCUMENT);
        }
        return new Header(journal, customer, period, entryDate);
    }

    private static Period period(DivisionData d, Map<String, Object> values, LocalDateTime entryDate) {
        Integer year = (Integer) values.get("ReportingYear");
        Integer period = (Integer) values.get("ReportingPeriod");
        if (year != null && period != null) {
            return PeriodLookup.exists(d, year, period) ? new Period(year, period) : null;
        }
        return PeriodLookup.forDate(d, entryDate);
    }

    /** PUT on the header. Lines cannot be added this way (picqer #538); the rest is re-validated. */
    public static void update(RequestContext ctx, UUID entryId, ObjectNode body) {
        if (body.has("SalesEntryLines")) {
            throw new ApiError(400, "Error processing request stream. Binding to new entities is not supported in update operations.");
        }
        Map<String, Object> values = BodyReader.writable(body, Schemas.SALES_ENTRY);
        DivisionData d = ctx.division();
        d.write(() -> {
            Map<String, Object> existing = requireEntry(d, entryId);
            Map<String, Object> merged = new LinkedHashMap<>(existing);
            merged.putAll(values);
            if (values.containsKey("EntryDate") && !values.containsKey("ReportingYear")) {
                merged.put("ReportingYear", null);
                merged.put("ReportingPeriod", null);
            }
            Problems p = ctx.problems();
            checkClosed(ctx, existing, p);
            Header header = checkHeader(ctx, merged, p);
            p.throwIfAny();
            merged.put("CustomerName", header.customer().get("Name"));
            merged.put("JournalDescription", header.journal().get("Description"));
            merged.put("EntryDate", header.entryDate());
            merged.put("ReportingYear", header.period().year());
            merged.put("ReportingPeriod", header.period().period());
            merged.put("EntryNumber", existing.get("EntryNumber"));
            merged.put("InvoiceNumber", existing.get("InvoiceNumber"));
            merged.put("Modified", ctx.now());
            Map<String, Object> stored = d.table(TableNames.SALES_ENTRIES).put(entryId, merged);
            ReceivableLedger.syncWithEntry(d, stored, ctx.now());
            return null;
        });
        announce(ctx, "Update", entryId);
    }

    public static void delete(RequestContext ctx, UUID entryId) {
        DivisionData d = ctx.division();
        d.write(() -> {
            Map<String, Object> entry = requireEntry(d, entryId);
            Problems p = ctx.problems();
            checkClosed(ctx, entry, p);
            p.throwIfAny();
            removeEntry(d, entryId, ctx.now());
            return null;
        });
        announce(ctx, "Delete", entryId);
    }

    /** POST salesentry/SalesEntryLines: a line added to an existing entry (ossobv's way of changing lines). */
    public static Map<String, Object> addLine(RequestContext ctx, ObjectNode body) {
        Map<String, Object> values = BodyReader.writable(body, Schemas.SALES_ENTRY_LINE);
        DivisionData d = ctx.division();
        Map<String, Object> stored = d.write(() -> {
            Problems p = ctx.problems();
            UUID entryId = (UUID) values.get("EntryID");
            Map<String, Object> entry = entryId == null ? null : d.table(TableNames.SALES_ENTRIES).get(entryId);
            if (entryId == null) {
                p.add(Msg.REQUIRED, Term.SALES_ENTRY);
            } else if (entry == null) {
                p.add(Msg.INVALID_REFERENCE, Term.SALES_ENTRY);
            } else {
                checkClosed(ctx, entry, p);
            }
            SalesLineValidator.CheckedLine line = SalesLineValidator.check(d, values, p);
            p.throwIfAny();
            int next = linesOf(d, entryId).stream().mapToInt(l -> (Integer) l.get("LineNumber")).max().orElse(0) + 1;
            Map<String, Object> row = lineRow(d, entryId, next, line);
            Map<String, Object> saved = d.table(TableNames.SALES_ENTRY_LINES).put(row.get("ID"), row);
            refreshEntry(ctx, entryId);
            return saved;
        });
        announce(ctx, "Update", (UUID) stored.get("EntryID"));
        return stored;
    }

    public static void updateLine(RequestContext ctx, UUID lineId, ObjectNode body) {
        Map<String, Object> values = BodyReader.writable(body, Schemas.SALES_ENTRY_LINE);
        DivisionData d = ctx.division();
        UUID entryId = d.write(() -> {
            Map<String, Object> existing = requireLine(d, lineId);
            Map<String, Object> merged = new LinkedHashMap<>(existing);
            merged.putAll(values);
            merged.put("EntryID", existing.get("EntryID"));
            Problems p = ctx.problems();
            checkClosed(ctx, d.table(TableNames.SALES_ENTRIES).get(existing.get("EntryID")), p);
            SalesLineValidator.CheckedLine line = SalesLineValidator.check(d, merged, p);
            p.throwIfAny();
            Map<String, Object> row = lineRow(d, (UUID) existing.get("EntryID"), (Integer) existing.get("LineNumber"), line);
            row.put("ID", lineId);
            d.table(TableNames.SALES_ENTRY_LINES).put(lineId, row);
            refreshEntry(ctx, (UUID) existing.get("EntryID"));
            return (UUID) existing.get("EntryID");
        });
        announce(ctx, "Update", entryId);
    }

    /** Deleting the last line deletes the whole entry, as ossobv observed. */
    public static void deleteLine(RequestContext ctx, UUID lineId) {
        DivisionData d = ctx.division();
        EntryChange change = d.write(() -> {
            Map<String, Object> line = requireLine(d, lineId);
            UUID entryId = (UUID) line.get("EntryID");
            Problems p = ctx.problems();
            checkClosed(ctx, d.table(TableNames.SALES_ENTRIES).get(entryId), p);
            p.throwIfAny();
            d.table(TableNames.SALES_ENTRY_LINES).remove(lineId);
            if (linesOf(d, entryId).isEmpty()) {
                removeEntry(d, entryId, ctx.now());
                return new EntryChange(entryId, "Delete");
            }
            refreshEntry(ctx, entryId);
            return new EntryChange(entryId, "Update");
        });
        announce(ctx, change.action(), change.entryId());
    }

    /** What removing a line did to its entry: deleted it (its last line) or updated it. */
    private record EntryChange(UUID entryId, String action) {
    }

    /** Tells the webhook subscriptions to SalesEntries about a committed Create, Update or Delete of an entry. */
    private static void announce(RequestContext ctx, String action, UUID entryId) {
        ctx.changes().changed(ctx, "SalesEntries", action, entryId, "salesentry/SalesEntries");
    }

    public static List<Map<String, Object>> linesOf(DivisionData d, UUID entryId) {
        List<Map<String, Object>> lines = new ArrayList<>(d.table(TableNames.SALES_ENTRY_LINES)
                .findAll(l -> entryId.equals(l.get("EntryID"))));
        lines.sort(Comparator.comparingInt(l -> (Integer) l.get("LineNumber")));
        return lines;
    }

    private static void refreshEntry(RequestContext ctx, UUID entryId) {
        DivisionData d = ctx.division();
        Map<String, Object> entry = new LinkedHashMap<>(d.table(TableNames.SALES_ENTRIES).get(entryId));
        entry.put("Modified", ctx.now());
        Map<String, Object> stored = d.table(TableNames.SALES_ENTRIES).put(entryId, withTotals(ctx, entry));
        ReceivableLedger.syncWithEntry(d, stored, ctx.now());
    }

    /**
     * Totals from the lines. A negative total makes the entry a credit note (Type 21): the docs mark Type
     * GET-only, so the simulator derives it from the sign (reference section 4.1 calls this uncertain).
     */
    private static Map<String, Object> withTotals(RequestContext ctx, Map<String, Object> entry) {
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal vat = BigDecimal.ZERO;
        DivisionData d = ctx.division();
        for (Map<String, Object> line : linesOf(d, (UUID) entry.get("EntryID"))) {
            net = net.add((BigDecimal) line.get("AmountFC"));
            vat = vat.add(line.get("VATAmountFC") == null ? BigDecimal.ZERO : (BigDecimal) line.get("VATAmountFC"));
        }
        BigDecimal total = net.add(vat);
        int type = total.signum() < 0 ? 21 : 20;
        entry.put("AmountFC", total);
        entry.put("AmountDC", total);
        entry.put("VATAmountFC", vat);
        entry.put("VATAmountDC", vat);
        entry.put("Type", type);
        entry.put("TypeDescription", type == 21
                ? (ctx.lang() == Lang.NL ? "Verkoopcreditnota" : "Sales credit note")
                : (ctx.lang() == Lang.NL ? "Verkoopboeking" : "Sales entry"));
        // lines get the header's type
        for (Map<String, Object> line : linesOf(d, (UUID) entry.get("EntryID"))) {
            if (!Integer.valueOf(type).equals(line.get("Type"))) {
                Map<String, Object> copy = new LinkedHashMap<>(line);
                copy.put("Type", type);
                d.table(TableNames.SALES_ENTRY_LINES).put(line.get("ID"), copy);
            }
        }
        return entry;
    }

    private static Map<String, Object> lineRow(DivisionData d, UUID entryId, int lineNumber,
                                               SalesLineValidator.CheckedLine line) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Field f : Schemas.SALES_ENTRY_LINE.fields()) {
            row.put(f.name(), null);
        }
        row.putAll(line.values());
        row.put("ID", UUID.randomUUID());
        row.put("EntryID", entryId);
        row.put("LineNumber", lineNumber);
        row.put("GLAccountCode", line.glAccount().get("Code"));
        row.put("GLAccountDescription", line.glAccount().get("Description"));
        row.put("AmountDC", line.amount());
        row.put("VATAmountFC", line.vat());
        row.put("VATAmountDC", line.vat());
        row.put("CostCenter", line.costCenter() == null ? null : line.costCenter().get("Code"));
        row.put("CostCenterDescription", line.costCenter() == null ? null : line.costCenter().get("Description"));
        row.put("CostUnit", line.costUnit() == null ? null : line.costUnit().get("Code"));
        row.put("CostUnitDescription", line.costUnit() == null ? null : line.costUnit().get("Description"));
        row.put("Type", line.amount().signum() < 0 ? 21 : 20);
        row.put("Division", d.code());
        return row;
    }

    private static void checkClosed(RequestContext ctx, Map<String, Object> entry, Problems p) {
        if (entry == null) {
            return;
        }
        int year = ((Number) entry.get("ReportingYear")).intValue();
        int period = ((Number) entry.get("ReportingPeriod")).intValue();
        if (ctx.division().isPeriodClosed(year, period)) {
            p.add(Msg.PERIOD_CLOSED, year, period);
        }
    }

    private static void removeEntry(DivisionData d, UUID entryId, java.time.LocalDateTime now) {
        d.table(TableNames.SALES_ENTRIES).remove(entryId);
        linesOf(d, entryId).forEach(l -> d.table(TableNames.SALES_ENTRY_LINES).remove(l.get("ID")));
        ReceivableLedger.removeForEntry(d, entryId, now);
    }

    private static Map<String, Object> requireEntry(DivisionData d, UUID id) {
        Map<String, Object> entry = d.table(TableNames.SALES_ENTRIES).get(id);
        if (entry == null) {
            throw ApiError.notFound("SalesEntries");
        }
        return entry;
    }

    private static Map<String, Object> requireLine(DivisionData d, UUID id) {
        Map<String, Object> line = d.table(TableNames.SALES_ENTRY_LINES).get(id);
        if (line == null) {
            throw ApiError.notFound("SalesEntryLines");
        }
        return line;
    }

    private static UUID mainMandate(DivisionData d, UUID accountId) {
        return d.table(TableNames.MANDATES).findFirst(m -> accountId.equals(m.get("Account"))
                        && Integer.valueOf(1).equals(m.get("Main")) && m.get("CancellationDate") == null)
                .map(m -> (UUID) m.get("ID")).orElse(null);
    }

    /** SalesEntryLines in a POST body: a JSON array, or OData's {"results":[...]} wrapper. */
    private static List<Map<String, Object>> lines(JsonNode node) {
        List<Map<String, Object>> result = new ArrayList<>();
        if (node == null || node.isNull()) {
            return result;
        }
        JsonNode array = node.isObject() && node.has("results") ? node.get("results") : node;
        if (!array.isArray()) {
            throw new ApiError(400, "Error processing request stream. The property 'SalesEntryLines' must be a collection.");
        }
        for (JsonNode item : array) {
            if (!(item instanceof ObjectNode line)) {
                throw new ApiError(400, "Error processing request stream. The property 'SalesEntryLines' must be a collection.");
            }
            result.add(BodyReader.writable(line, Schemas.SALES_ENTRY_LINE));
        }
        return result;
    }
}
