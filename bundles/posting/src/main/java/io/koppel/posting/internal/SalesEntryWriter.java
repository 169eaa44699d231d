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

    SalesEntryWriter(ExactClient client) {
        this.client = client;
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
                .map(line -> line(line, negate, connection, reference))
                .toList();
        NewSalesEntry entry = new NewSalesEntry(customer, journal, document.printDate(), document.dueDate(),
                period.year(), period.period(), yourRef(document), description(document),
                Ogm.parse(document.ogm()).digits(), null, null, null, lines);
        return client.createSalesEntry(context.withOperation("create-sales-entry"), entry);
    }

    static String journal(HostDocument document, LinkedConnection connection) {
        return document.postedType() == DocumentType.CREDIT_NOTE ? connection.creditNoteJournal()
                : connection.invoiceJournal();
    }

    private static NewSalesEntryLine line(DocumentLine line, boolean negate, LinkedConnection connection,
            ReferenceData reference) {
        BigDecimal amount = negate ? line.amount().negate() : line.amount();
        UUID glAccount = reference.glAccount(line.glAccountCode()).orElseThrow().id();
        return new NewSalesEntryLine(glAccount, amount, cut(line.description()), null, null, null,
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
