package io.koppel.sync.internal;

import io.koppel.api.sync.Settlement;
import io.koppel.api.sync.SyncFile;
import io.koppel.api.sync.SyncMismatch;
import io.koppel.api.sync.UnallocatedCredit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The report of a sync file, as PDF (PDFBox) and as an Excel workbook (fastexcel). */
final class SyncReports {
    private static final String[] COLUMNS = {"Document", "Invoice", "School", "Exact entry", "OGM", "Settlement",
        "Invoice amount", "Paid", "Open", "Written off", "Payment date"};

    private SyncReports() {
    }

    static byte[] xlsx(SyncFile file, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Koppel", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Settlements");
            for (int c = 0; c < COLUMNS.length; c++) {
                sheet.value(0, c, COLUMNS[c]);
                sheet.style(0, c).bold().set();
            }
            int row = 1;
            for (Settlement s : file.settlements()) {
                sheet.value(row, 0, s.documentNumber());
                sheet.value(row, 1, s.hostInvoiceId());
                sheet.value(row, 2, s.hostEntity());
                sheet.value(row, 3, s.exactEntryNumber());
                sheet.value(row, 4, s.ogm());
                sheet.value(row, 5, s.kind().name());
                sheet.value(row, 6, s.invoiceAmount());
                sheet.value(row, 7, s.paidAmount());
                sheet.value(row, 8, s.outstandingAmount());
                sheet.value(row, 9, s.writtenOffAmount());
                sheet.value(row, 10, s.paymentDate() == null ? "" : s.paymentDate().toString());
                row++;
            }
            Worksheet other = workbook.newWorksheet("Not settled");
            other.value(0, 0, "Document");
            other.value(0, 1, "Reason");
            int line = 1;
            for (SyncMismatch m : file.mismatches()) {
                other.value(line, 0, m.documentNumber());
                other.value(line++, 1, m.reason().text(locale));
            }
            for (UnallocatedCredit c : file.unallocatedCredit()) {
                other.value(line, 0, "customer " + c.exactAccountCode());
                other.value(line++, 1, "unallocated credit " + c.amount().toPlainString());
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] pdf(SyncFile file, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(file.fileName() + "  -  sequence number " + file.sequenceNumber() + "  -  " + file.status());
        lines.add("made " + file.createdAt() + ", " + file.settlements().size() + " settlements");
        lines.add("");
        for (Settlement s : file.settlements()) {
            lines.add(String.format(Locale.ROOT, "%-14s %-9s %-15s invoice %9s  paid %9s  open %9s  written off %8s",
                    s.documentNumber(), s.exactEntryNumber(), s.kind(), s.invoiceAmount().toPlainString(),
                    s.paidAmount().toPlainString(), s.outstandingAmount().toPlainString(),
                    s.writtenOffAmount().toPlainString()));
        }
        for (SyncMismatch m : file.mismatches()) {
            lines.add("not settled: " + m.reason().text(locale));
        }
        for (UnallocatedCredit c : file.unallocatedCredit()) {
            lines.add("unallocated credit of customer " + c.exactAccountCode() + ": " + c.amount().toPlainString());
        }
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.COURIER);
            int perPage = 60;
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(font, 8);
                    text.setLeading(9);
                    text.newLineAtOffset(30, page.getMediaBox().getHeight() - 30);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        text.showText(printable(line));
                        text.newLine();
                    }
                    text.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The standard fonts know WinAnsi only: what they cannot show becomes '?'. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(c < 256 && c >= 32 ? (char) c : '?'));
        return out.toString();
    }
}
