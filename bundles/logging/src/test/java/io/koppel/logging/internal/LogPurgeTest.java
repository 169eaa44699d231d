package io.koppel.logging.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.koppel.api.PageRequest;
import io.koppel.api.log.LogQuery;
import io.koppel.client.Exchange;
import io.koppel.store.DatabaseTest;
import io.koppel.store.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

class LogPurgeTest {

    @DatabaseTest
    void purgesEntriesPastTheRetention(TestDatabase database) {
        Instant now = Instant.parse("2026-11-21T10:00:00Z");
        ExchangeRecorder recorder = new ExchangeRecorder(new LogWriter(database.store(), 10, 10),
                new BodyRedactor(LoggingConfiguration.RequestBodies.NONE, Set.of()));
        recorder.exchanged(new Exchange(now.minus(Duration.ofDays(91)), null, null, "1", "read", "GET", "/old", 200, 1,
                false, null, null));
        recorder.exchanged(new Exchange(now.minus(Duration.ofDays(89)), null, null, "1", "read", "GET", "/kept", 200,
                1, false, null, null));
        recorder.flush();

        assertEquals(1, new LogPurge(database.store(), Duration.ofDays(90), Clock.fixed(now, ZoneOffset.UTC)).purge());
        TransactionLogService log = new TransactionLogService(database.store());
        assertEquals(1, log.entries(LogQuery.day(LocalDate.of(2026, 8, 24)), PageRequest.first(10)).total());
        assertEquals(0, log.entries(LogQuery.day(LocalDate.of(2026, 8, 22)), PageRequest.first(10)).total());
    }
}
