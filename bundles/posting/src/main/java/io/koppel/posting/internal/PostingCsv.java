package io.koppel.posting.internal;

import io.koppel.api.Messages;
import io.koppel.api.posting.Posting;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The postings overview as CSV, with the clerk's column headings, for a spreadsheet. */
final class PostingCsv {
    private static final List<String> COLUMNS = List.of("name", "title", "type", "amount", "ogm", "status", "reason",
            "invoice", "document", "entryNumber", "sent", "processed");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Locale locale;
    private final Appendable out;

    PostingCsv(Locale locale, Appendable out) {
        this.locale = Messages.supported(locale);
        this.out = out;
    }

    void header() throws IOException {
        row(COLUMNS.stream().map(column -> Messages.text(locale, "overview." + column)).toList());
    }

    void posting(Posting posting) throws IOException {
        row(List.of(nullToEmpty(posting.name()), nullToEmpty(posting.title()), posting.type().label(locale),
                posting.amount().toPlainString(), nullToEmpty(posting.ogm()), posting.status().label(locale),
                posting.reason().map(reason -> reason.text(locale)).orElse(""), posting.hostInvoiceId(),
                posting.documentNumber(), posting.exactEntryNumber().map(String::valueOf).orElse(""),
                TIME.format(posting.sentAt()), posting.processedAt().map(TIME::format).orElse("")));
    }

    private void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(quote(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is defused so a spreadsheet does not run it as a formula. */
    private static String quote(String cell) {
        String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?[0-9.]+") ? "'" + cell : cell;
        return safe.matches(".*[;\"\\r\\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
