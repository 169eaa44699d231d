package io.koppel.client.internal.ops;

import io.koppel.client.ODataFilter;
import io.koppel.client.internal.wire.JsonBody;
import io.koppel.client.internal.wire.JsonRecord;
import io.koppel.client.model.NewSalesEntry;
import io.koppel.client.model.NewSalesEntryLine;
import io.koppel.client.model.SalesEntry;
import io.koppel.client.model.SalesEntryLine;
import io.koppel.client.model.SalesEntryQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * Sales invoices and credit notes: {@code salesentry/SalesEntries} and their lines; how they read, how a new one
 * is written and how a query becomes a filter.
 */
final class SalesEntryEndpoints {
    private static final List<String> ENTRY_FIELDS = List.of("EntryID", "EntryNumber", "InvoiceNumber", "Customer",
            "Journal", "EntryDate", "DueDate", "ReportingYear", "ReportingPeriod", "YourRef", "Description",
            "PaymentReference", "PaymentCondition", "Currency", "AmountDC", "AmountFC", "VATAmountFC", "Document",
            "Type", "Status", "Modified");
    static final Endpoint<SalesEntry> ENTRIES = new Endpoint<>("salesentry/SalesEntries", ENTRY_FIELDS,
            r -> entry(r, List.of()));
    /**
     * The entries as a POST answers them: with the lines Exact includes. No second request is made for them, so a
     * booked entry is never reported as a failure because reading it back failed.
     */
    static final Endpoint<SalesEntry> ENTRIES_WITH_LINES = new Endpoint<>(ENTRIES.path(), ENTRY_FIELDS,
            SalesEntryEndpoints::entryWithLines);

    private SalesEntryEndpoints() {
    }

    /** The entry with its lines, to post in one request: Exact takes lines only so. */
    static JsonBody body(NewSalesEntry entry) {
        List<JsonBody> lines = new ArrayList<>();
        for (NewSalesEntryLine line : entry.lines()) {
            lines.add(new JsonBody()
                    .uuid("GLAccount", line.glAccount())
                    .decimal("AmountFC", line.amountFC())
                    .text("Description", line.description())
                    .text("VATCode", line.vatCode())
                    .decimal("VATAmountFC", line.vatAmountFC())
                    .decimal("VATPercentage", line.vatPercentage())
                    .text("CostCenter", line.costCenter())
                    .text("CostUnit", line.costUnit())
                    .decimal("Quantity", line.quantity())
                    .text("Notes", line.notes())
                    .date("From", line.from())
                    .date("To", line.to()));
        }
        return new JsonBody()
                .uuid("Customer", entry.customer())
                .text("Journal", entry.journal())
                .date("EntryDate", entry.entryDate())
                .date("DueDate", entry.dueDate())
                .integer("ReportingYear", entry.reportingYear())
                .integer("ReportingPeriod", entry.reportingPeriod())
                .text("YourRef", entry.yourRef())
                .text("Description", entry.description())
                .text("PaymentReference", entry.paymentReference())
                .text("PaymentCondition", entry.paymentCondition())
                .text("Currency", entry.currency())
                .uuid("Document", entry.document())
                .integer("Type", entry.type())
                .array("SalesEntryLines", lines);
    }

    static ODataFilter filter(SalesEntryQuery query) {
        return eqWhenGiven("YourRef", query.yourRef())
                .and(eqWhenGiven("Description", query.description()))
                .and(eqWhenGiven("Customer", query.customer()))
                .and(eqWhenGiven("Journal", query.journal()));
    }

    private static ODataFilter eqWhenGiven(String field, Object value) {
        return value == null ? ODataFilter.none() : ODataFilter.eq(field, value);
    }

    private static SalesEntry entryWithLines(JsonRecord r) {
        List<JsonRecord> expanded = r.expanded("SalesEntryLines");
        List<SalesEntryLine> lines = new ArrayList<>();
        if (expanded != null) {
            expanded.forEach(line -> lines.add(line(line)));
        }
        return entry(r, lines);
    }

    private static SalesEntry entry(JsonRecord r, List<SalesEntryLine> lines) {
        return new SalesEntry(r.uuid("EntryID"), r.integer("EntryNumber"), r.integer("InvoiceNumber"),
                r.uuid("Customer"), r.code("Journal"), r.date("EntryDate"), r.date("DueDate"),
                r.integer("ReportingYear"), r.integer("ReportingPeriod"), r.text("YourRef"), r.text("Description"),
                r.code("PaymentReference"), r.code("PaymentCondition"), r.code("Currency"), r.decimal("AmountDC"),
                r.decimal("AmountFC"), r.decimal("VATAmountFC"), r.uuid("Document"), r.integer("Type"),
                r.integer("Status"), r.instant("Modified"), lines);
    }

    private static SalesEntryLine line(JsonRecord r) {
        return new SalesEntryLine(r.uuid("ID"), r.uuid("EntryID"), r.integer("LineNumber"), r.uuid("GLAccount"),
                r.code("GLAccountCode"), r.text("Description"), r.decimal("AmountFC"), r.decimal("AmountDC"),
                r.code("VATCode"), r.decimal("VATAmountFC"), r.decimal("VATPercentage"), r.code("CostCenter"),
                r.code("CostUnit"), r.decimal("Quantity"), r.date("From"), r.date("To"));
    }
}
