package io.koppel.posting.internal;

import io.koppel.api.Ogm;
import io.koppel.api.posting.DocumentLine;
import io.koppel.api.posting.DocumentType;
import io.koppel.api.posting.HostDocument;
import io.koppel.auth.LinkedConnection;
import io.koppel.client.CallContext;
import io.koppel.client.ExactClient;
import io.koppel.client.model.FinancialPeriod;
import io.koppel.client.model.NewSalesEntry;
import io.koppel.client.model.NewSalesEntryLine;
import io.koppel.client.model.SalesEntry;
import io.koppel.client.model.SalesEntryQuery;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Books a document as one sales entry with a line per main category, and finds one an earlier attempt booked. */
final class SalesEntryWriter {
    /** Exact keeps this many characters of an entry's description. */
    static final int DESCRIPTION_LENGTH = 60;

    private final ExactClient client;
    private final VatCodes vatCodes;

    SalesEntryWriter(ExactClient client, VatCodes vatCodes) {
        this.client = client;
        this.vatCodes = vatCodes;
    }

    /**
     * The entries an earlier attempt may have booked for this document: same structured communication, first 60
     * characters of the description, customer and journal.
     */
    List<SalesEntry> existing(CallContext context, HostDocument document, UUID customer, String journal) {
        return client.findSalesEntries(context.withOperation("find-sales-entry"),
                new SalesEntryQuery(yourRef(document), description(document), customer, journal));
    }

    SalesEntry book(CallContext context, HostDocument document, UUID customer, LinkedConnection connection,
            ReferenceData reference) {
        FinancialPeriod period = reference.periodOf(document.printDate()).orElseThrow();
        boolean creditNote = document.postedType() == DocumentType.CREDIT_NOTE;
        String journal = journal(document, connection);
        // A credit note printed with positive amounts is still a credit: Exact reads the sign.
        boolean negate = creditNote && document.amount().signum() > 0;
        List<NewSalesEntryLine> lines = document.lines().stream()
                .map(line -> line(line, negate, connection, reference, vatCodes.of(line, connection).orElse(null)))
                .toList();
        NewSalesEntry entry = new NewSalesEntry(customer, journal, document.printDate(), document.dueDate(),
                period.year(), period.period(), yourRef(document), description(document),
                Ogm.parse(document.ogm()).digits(), null, null, null, lines, expectedType(document));
        return client.createSalesEntry(context.withOperation("create-sales-entry"), entry);
    }

    /** Exact's entry type for the document: 21 for a credit note, 20 for an invoice. */
    static int expectedType(HostDocument document) {
        return document.postedType() == DocumentType.CREDIT_NOTE ? NewSalesEntry.CREDIT_NOTE : NewSalesEntry.INVOICE;
    }

    /** The total Exact should book: what the host printed, negative for a credit note. */
    static BigDecimal expectedTotal(HostDocument document) {
        BigDecimal printed = document.amount();
        return document.postedType() == DocumentType.CREDIT_NOTE && printed.signum() > 0 ? printed.negate() : printed;
    }

    /**
     * What is wrong with the entry Exact booked, compared with the document: another total (VAT Exact added on
     * top of the printed amounts) or another type. Empty when Exact booked what the host printed.
     */
    static java.util.Optional<io.koppel.api.Reason> mismatch(HostDocument document, SalesEntry booked) {
        BigDecimal total = booked.amountDC() != null ? booked.amountDC() : booked.amountFC();
        if (total != null && total.compareTo(expectedTotal(document)) != 0) {
            return java.util.Optional.of(io.koppel.api.Reason.of(io.koppel.api.ReasonCode.AMOUNT_MISMATCH,
                    booked.entryNumber(), total.toPlainString(), expectedTotal(document).toPlainString()));
        }
        if (booked.type() != null && booked.type() != expectedType(document)) {
            return java.util.Optional.of(io.koppel.api.Reason.of(io.koppel.api.ReasonCode.ENTRY_TYPE_MISMATCH,
                    booked.entryNumber(), booked.type(), expectedType(document)));
        }
        return java.util.Optional.empty();
    }

    static String journal(HostDocument document, LinkedConnection connection) {
        return document.postedType() == DocumentType.CREDIT_NOTE ? connection.creditNoteJournal()
                : connection.invoiceJournal();
    }

    private static NewSalesEntryLine line(DocumentLine line, boolean negate, LinkedConnection connection,
            ReferenceData reference, String vatCode) {
        BigDecimal amount = negate ? line.amount().negate() : line.amount();
        UUID glAccount = reference.glAccount(line.glAccountCode()).orElseThrow().id();
        return new NewSalesEntryLine(glAccount, amount, cut(line.description()), vatCode, null, null,
                connection.costCenter().orElse(null), connection.costUnit().orElse(null), null, null, null, null);
    }

    static String yourRef(HostDocument document) {
        return Ogm.parse(document.ogm()).toString();
    }

    static String description(HostDocument document) {
        return cut(document.description());
    }

    private static String cut(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= DESCRIPTION_LENGTH ? stripped : stripped.substring(0, DESCRIPTION_LENGTH);
    }
}
