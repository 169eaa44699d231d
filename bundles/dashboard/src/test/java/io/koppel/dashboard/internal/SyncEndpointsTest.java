package io.koppel.dashboard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.koppel.api.Messages;
import io.koppel.api.sync.SettlementKind;
import io.koppel.api.sync.SyncFile;
import io.koppel.api.sync.SyncFileStatus;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyncEndpointsTest {

    @Test
    void everyFileStatusAndSettlementKindHasItsOwnLabelInEveryLanguage() {
        for (Locale language : Messages.SUPPORTED) {
            Set<String> labels = new HashSet<>();
            for (SyncFileStatus status : SyncFileStatus.values()) {
                labels.add(Messages.text(language, "dashboard.sync.status." + status.name()));
            }
            for (SettlementKind kind : SettlementKind.values()) {
                labels.add(Messages.text(language, "dashboard.sync.kind." + kind.name()));
            }
            assertEquals(SyncFileStatus.values().length + SettlementKind.values().length, labels.size(),
                    language + ": " + labels);
        }
    }

    @Test
    void aFileIsShownWithItsStatusInTheUsersLanguage() {
        SyncFile file = new SyncFile("f-1", "BER", 7, Instant.parse("2026-03-01T10:00:00Z"), List.of());
        assertEquals("Klaar", SyncEndpoints.fileView(file, Locale.forLanguageTag("nl")).get("statusLabel"));
        assertEquals("Prêt", SyncEndpoints.fileView(file, Locale.FRENCH).get("statusLabel"));
        assertEquals(0, SyncEndpoints.fileView(file, Locale.ENGLISH).get("settlementCount"));
    }
}
