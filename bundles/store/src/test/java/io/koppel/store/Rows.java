package io.koppel.store;

import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.api.Status;
import io.koppel.api.connection.ConnectionState;
import io.koppel.api.connection.ExactSite;
import io.koppel.api.posting.DocumentType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Rows as the bundles would write them, for store tests. */
public final class Rows {
    /** A time with the millisecond precision the tables keep. */
    public static final Instant NOW = Instant.parse("2026-11-21T09:15:30.123Z");

    private Rows() {
    }

    public static ConnectionRow connection(String hostEntity) {
        return new ConnectionRow(hostEntity, ExactSite.BE, ConnectionState.CONNECTED,
                Reason.of(ReasonCode.CONNECTION_NEEDS_REAUTHORIZATION, hostEntity, "Old refresh token used."),
                "boekhouding@school.be", 797636, "700", "710", "KP01", "KD01", "ciphertext-access",
                NOW.plus(10, ChronoUnit.MINUTES), "ciphertext-refresh", NOW, NOW.minus(3, ChronoUnit.DAYS),
                NOW.minus(3, ChronoUnit.DAYS), NOW);
    }

    public static PostingRow posting(String documentNumber, Status status, Instant sentAt) {
        return new PostingRow(documentNumber, "INV-" + documentNumber, "school-1", DocumentType.INVOICE,
                "Peeters Jan", "Familie Peeters", new BigDecimal("123.45"), "+++090/9337/55493+++",
                "{\"documentNumber\":\"" + documentNumber + "\"}", status, null, 0, null, sentAt, false, null,
                null, null, null, null, sentAt, null);
    }

    public static PostingRow withIdentity(PostingRow row, String name, String title, String ogm) {
        return new PostingRow(row.documentNumber(), row.hostInvoiceId(), row.hostEntity(), row.documentType(), name,
                title, row.amount(), ogm, row.document(), row.status(), row.reason(), row.attempts(),
                row.firstAttemptAt(), row.nextAttemptAt(), row.mayHaveReachedExact(), row.division(),
                row.exactEntryId(), row.exactEntryNumber(), row.claimedBy(), row.claimedUntil(), row.sentAt(),
                row.processedAt());
    }

    public static LogRow log(String id, Instant at, String searchNumber, boolean failed) {
        return new LogRow(id, at, "school-1", 797636, searchNumber, "create-sales-entry", "POST",
                "/api/v1/797636/salesentry/SalesEntries", failed ? 400 : 201, 42, failed,
                failed ? "Periode is afgesloten: 2024 - 12" : null, null);
    }

    public static ConfigurationChangeRow configurationChange(String id, Instant at, String setting, String newValue) {
        return new ConfigurationChangeRow(id, at, "admin", "school-1", 797636, "55555", setting, newValue);
    }
}
