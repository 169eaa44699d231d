package io.koppel.logging.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.koppel.api.PageRequest;
import io.koppel.api.log.ConfigurationChange;
import io.koppel.api.log.LogEntry;
import io.koppel.api.log.LogQuery;
import io.koppel.client.Exchange;
import io.koppel.store.ConfigurationChangeRow;
import io.koppel.store.DatabaseTest;
import io.koppel.store.TestDatabase;
import io.koppel.store.TransactionLogMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

class TransactionLogServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final LogQuery TODAY = LogQuery.day(LocalDate.of(2026, 11, 21));

    @DatabaseTest
    void showsConfigurationChangesAsTheirOwnKindOfEntry(TestDatabase database) {
        ExchangeRecorder recorder = recorder(database);
        recorder.exchanged(new Exchange(NOW, "school-1", 797636, "55555", "divisions", "GET",
                "/api/v1/current/Me", 200, 12, false, null, null));
        recorder.flush();
        change(database, new ConfigurationChangeRow("c-1", NOW.plusSeconds(1), "admin", "school-1", 797636, "55555",
                "set-division", "797636"));
        TransactionLogService log = new TransactionLogService(database.store());

        List<LogEntry> entries = log.entries(TODAY.withSearchNumber("55555"), PageRequest.first(10)).items();

        assertEquals(List.of(true, false), entries.stream().map(LogEntry::isConfigurationChange).toList());
        LogEntry change = entries.get(0);
        assertEquals(new ConfigurationChange("set-division", Optional.of("797636"), Optional.of("admin")),
                change.configurationChange().orElseThrow());
        assertEquals(Optional.of("school-1"), change.hostEntity());
        assertEquals(Optional.of(797636), change.division());
        assertEquals(Optional.empty(), change.httpStatus());
        assertFalse(change.failed());
        assertEquals(List.of("c-1"), log.entries(TODAY.configurationChanges(), PageRequest.first(10)).items().stream()
                .map(LogEntry::id).toList());
        assertEquals(0, log.entries(TODAY.configurationChanges().failures(), PageRequest.first(10)).total());
    }

    @DatabaseTest
    void purgesConfigurationChangesWithTheExchanges(TestDatabase database) {
        change(database, new ConfigurationChangeRow("old", NOW.minus(Duration.ofDays(91)), null, "school-1", null,
                "55555", "consent", "admin@school.example"));
        change(database, new ConfigurationChangeRow("kept", NOW.minus(Duration.ofDays(89)), "admin", "school-1", null,
                "55555", "set-costs", null));

        assertEquals(1, new LogPurge(database.store(), Duration.ofDays(90), Clock.fixed(NOW, ZoneOffset.UTC)).purge());
        TransactionLogService log = new TransactionLogService(database.store());
        assertEquals(1, log.entries(LogQuery.day(LocalDate.of(2026, 8, 24)), PageRequest.first(10)).total());
        assertEquals(0, log.entries(LogQuery.day(LocalDate.of(2026, 8, 22)), PageRequest.first(10)).total());
    }

    private static ExchangeRecorder recorder(TestDatabase database) {
        return new ExchangeRecorder(new LogWriter(database.store(), 10, 10),
                new BodyRedactor(LoggingConfiguration.RequestBodies.NONE, Set.of()));
    }

    private static void change(TestDatabase database, ConfigurationChangeRow row) {
        database.store().execute(session -> session.mapper(TransactionLogMapper.class).insertConfigurationChange(row));
    }
}
