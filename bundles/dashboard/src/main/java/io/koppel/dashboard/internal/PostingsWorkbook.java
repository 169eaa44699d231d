package io.koppel.dashboard.internal;

import io.koppel.api.Messages;
import io.koppel.api.posting.Posting;
import io.koppel.api.posting.PostingColumn;
import io.koppel.api.posting.PostingQuery;
import io.koppel.api.posting.PostingService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The postings overview as an Excel workbook, streamed: rows come from the database one by one and go to the
 * browser every thousand. Row texts are inline strings, so memory does not grow with the number of rows.
 */
record PostingsWorkbook(PostingService postings, ZoneId zone) {
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int FLUSH_ROWS = 1_000;
    private static final String TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

    /** @return how many postings were written */
    long write(PostingQuery query, Locale locale, OutputStream out) throws IOException {
        Locale language = Messages.supported(locale);
        Workbook workbook = new Workbook(out, "Koppel", "1.0");
        Worksheet sheet = workbook.newWorksheet(Messages.text(language, "dashboard.nav.postings"));
        PostingColumn[] columns = PostingColumn.values();
        for (int column = 0; column < columns.length; column++) {
            sheet.value(0, column, columns[column].label(language));
            sheet.style(0, column).bold().set();
        }
        sheet.freezePane(0, 1);
        long[] rows = {0};
        try {
            postings.each(query, posting -> {
                int row = (int) ++rows[0];
                writeRow(sheet, row, posting, language);
                if (row % FLUSH_ROWS == 0) {
                    flush(sheet);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        int row = (int) rows[0];
        if (row > 0) {
            sheet.setAutoFilter(0, 0, row, columns.length - 1);
        }
        workbook.finish();
        return row;
    }

    private static void flush(Worksheet sheet) {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeRow(Worksheet sheet, int row, Posting posting, Locale language) {
        int column = 0;
        text(sheet, row, column++, posting.name());
        text(sheet, row, column++, posting.title());
        sheet.value(row, column++, posting.type().label(language));
        sheet.value(row, column++, posting.amount());
        text(sheet, row, column++, posting.ogm());
        sheet.value(row, column++, posting.status().label(language));
        text(sheet, row, column++, posting.reason().map(reason -> reason.text(language)).orElse(null));
        text(sheet, row, column++, posting.hostInvoiceId());
        text(sheet, row, column++, posting.documentNumber());
        if (posting.exactEntryNumber().isPresent()) {
            sheet.value(row, column, posting.exactEntryNumber().get());
        }
        column++;
        time(sheet, row, column++, posting.sentAt());
        time(sheet, row, column, posting.processedAt().orElse(null));
    }

    private static void text(Worksheet sheet, int row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            sheet.inlineString(row, column, value);
        }
    }

    private void time(Worksheet sheet, int row, int column, Instant value) {
        if (value != null) {
            sheet.value(row, column, LocalDateTime.ofInstant(value, zone));
            sheet.style(row, column).format(TIME_FORMAT).set();
        }
    }
}
