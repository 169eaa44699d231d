package io.koppel.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.api.sync.Settlement;
import io.koppel.api.sync.SettlementKind;
import io.koppel.api.sync.SyncFile;
import io.koppel.api.sync.SyncFileStatus;
import io.koppel.api.sync.SyncMismatch;
import io.koppel.api.sync.UnallocatedCredit;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class SyncReportsTest {
    private static final SyncFile FILE = new SyncFile("f-1", "BER", 1153, Instant.parse("2026-11-21T09:00:00Z"),
            List.of(new Settlement("INV-1", "F26-0001", 26700001, "+++090/9337/55493+++", SettlementKind.PARTIALLY_PAID,
                    new BigDecimal("100.00"), new BigDecimal("30.00"), new BigDecimal("5.00"), LocalDate.of(2026, 11, 21),
                    "school-1")),
            "ExactOnlineSyncFile-Bernardus-koppelB1DBER.xml", SyncFileStatus.PROCESSED,
            List.of(new SyncMismatch("school-1", "F26-0002", Reason.of(ReasonCode.SYNC_OGM_MISMATCH, "F26-0002", "a", "b"))),
            List.of(new UnallocatedCredit("school-1", "1001", new BigDecimal("15.00"))));

    @Test
    void theWorkbookHasARowPerSettlementAndWhatWasNotSettled() throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(SyncReports.xlsx(FILE, Locale.ENGLISH)))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(2, rows.size());
            assertEquals("F26-0001", rows.get(1).getCellText(0));
            assertEquals("PARTIALLY_PAID", rows.get(1).getCellText(5));
            assertEquals(0, new BigDecimal("65").compareTo(rows.get(1).getCellAsNumber(7).orElseThrow()), "paid: not the written off part");
            List<Row> other = workbook.getSheets().skip(1).findFirst().orElseThrow().read();
            assertTrue(other.stream().map(r -> r.getCellText(1)).collect(Collectors.joining()).contains("unallocated credit 15.00"));
        }
    }

    @Test
    void thePdfListsTheSettlements() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(SyncReports.pdf(FILE, Locale.forLanguageTag("nl")))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("F26-0001") && text.contains("PARTIALLY_PAID") && text.contains("65.00"), text);
            assertTrue(text.contains("niet") || text.contains("F26-0002"), text);
            assertTrue(text.contains("sequence number 1153"), text);
        }
    }
}
