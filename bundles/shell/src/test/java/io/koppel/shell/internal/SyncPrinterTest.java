package io.koppel.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.api.sync.Settlement;
import io.koppel.api.sync.SettlementKind;
import io.koppel.api.sync.SyncFile;
import io.koppel.api.sync.SyncFileStatus;
import io.koppel.api.sync.SyncHealth;
import io.koppel.api.sync.SyncMismatch;
import io.koppel.api.sync.UnallocatedCredit;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What scripts and the Karaf tests read in koppel:sync-file, koppel:sync-status and koppel:sync-now. */
class SyncPrinterTest {
    private static final Instant RUN = Instant.parse("2026-11-30T01:00:00Z");
    private static final SyncMismatch MISMATCH = new SyncMismatch("school-1", "X-1",
            Reason.of(ReasonCode.SYNC_OGM_MISMATCH, "X-1", "+++000/0066/01097+++", "-"));

    @Test
    void aFileStartsWithItsIdAndListsItsSettlements() {
        SyncFile file = new SyncFile("f-1", "BER", 3, RUN, List.of(new Settlement("INV-4", "P-4", 4711,
                "+++000/0001/04097+++", SettlementKind.REOPENED, new BigDecimal("10.00"), new BigDecimal("10.00"))),
                "ExactOnlineSyncFile-Bernardus-3.xml", SyncFileStatus.READY, List.of(MISMATCH),
                List.of(new UnallocatedCredit("school-1", "4001", new BigDecimal("5.00"))));

        assertEquals("f-1  ExactOnlineSyncFile-Bernardus-3.xml  number 3  READY  2026-11-30T01:00:00Z  1 settlements,"
                + " 1 mismatches", SyncPrinter.line(file));
        String shown = printed(() -> SyncPrinter.printFile(file));
        assertTrue(shown.startsWith("f-1  "), shown);
        assertTrue(shown.contains("P-4") && shown.contains("REOPENED") && shown.contains("4711"), shown);
        assertTrue(shown.contains("not settled (school-1): Document X-1"), shown);
        assertTrue(shown.contains("unallocated credit of customer 4001 (school-1): 5.00"), shown);
    }

    @Test
    void healthShowsEachConnectionThenWhatItDidNotSettle() {
        SyncHealth health = new SyncHealth("school-1", true, 50, RUN, null, null, false, 12, RUN, List.of(MISMATCH));

        String status = printed(() -> SyncPrinter.printHealth(List.of(health)));
        assertTrue(status.contains("school-1") && status.contains("on") && status.contains("50 ct"), status);
        assertTrue(status.contains("not settled") && status.contains("X-1") && status.contains("+++000/0066/01097+++"),
                status);
        assertEquals("school-1: last run 2026-11-30T01:00:00Z, no error, 12 payment terms held",
                SyncPrinter.summary(health));
    }

    private static String printed(Runnable printing) {
        PrintStream console = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            printing.run();
        } finally {
            System.setOut(console);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        return text;
    }
}
