package io.koppel.logging.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.api.PageRequest;
import io.koppel.api.log.LogEntry;
import io.koppel.api.log.LogQuery;
import io.koppel.client.Exchange;
import io.koppel.logging.internal.LoggingConfiguration.RequestBodies;
import io.koppel.store.DatabaseTest;
import io.koppel.store.TestDatabase;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

class ExchangeRecorderTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final Set<String> PERSONAL = Set.of("Name", "Email", "AddressLine1", "BankAccount");
    private static final List<String> SECRETS = List.of("eyJhbGciOiJSUzI1NiJ9.secret-access", "Gcp7!IAAA-refresh",
            "s3cr3t-client", "XTzM!IAAAA-code", "csrf-state-123");

    @DatabaseTest
    void noTokenOrSecretReachesTheLog(TestDatabase database) throws SQLException {
        ExchangeRecorder recorder = recorder(database, RequestBodies.FULL);
        recorder.exchanged(new Exchange(NOW, "school-1", null, "55555", "exchange-code", "POST",
                "/api/oauth2/token?code=XTzM!IAAAA-code&state=csrf-state-123", 401, 120, true,
                "Old refresh token used. refresh_token=Gcp7!IAAA-refresh client_secret=s3cr3t-client", null));
        recorder.exchanged(new Exchange(NOW, "school-1", 797636, "1001", "create-sales-entry", "POST",
                "/api/v1/797636/salesentry/SalesEntries", 500, 80, true,
                "Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.secret-access was refused",
                "{\"access_token\":\"eyJhbGciOiJSUzI1NiJ9.secret-access\",\"YourRef\":\"+++090/9337/55493+++\"}"));
        recorder.flush();

        String everything = allLogText(database);
        for (String secret : SECRETS) {
            assertFalse(everything.contains(secret), "the log holds " + secret + ": " + everything);
        }
        assertTrue(everything.contains("+++090/9337/55493+++"), "what is no secret stays: " + everything);
    }

    @DatabaseTest
    void aWriteIsStoredBeforeItIsSentAndCompletedWithItsAnswer(TestDatabase database) {
        ExchangeRecorder recorder = recorder(database, RequestBodies.NONE);
        TransactionLogService log = new TransactionLogService(database.store());
        LogQuery today = LogQuery.day(LocalDate.of(2026, 11, 21)).withSearchNumber("1001");
        Exchange sending = new Exchange(NOW, "school-1", 797636, "1001", "create-sales-entry", "POST",
                "/api/v1/797636/salesentry/SalesEntries", null, 0, true, null, null);

        recorder.sending(sending);
        // stored at once, without a flush: a node killed now still shows the write
        List<LogEntry> beforeTheAnswer = log.entries(today, PageRequest.first(10)).items();
        assertEquals(1, beforeTheAnswer.size());
        assertEquals(ExchangeRecorder.NO_ANSWER, beforeTheAnswer.get(0).message().orElse(null));

        recorder.exchanged(new Exchange(NOW, "school-1", 797636, "1001", "create-sales-entry", "POST",
                "/api/v1/797636/salesentry/SalesEntries", 201, 80, false, null, null));
        recorder.flush();
        List<LogEntry> answered = log.entries(today, PageRequest.first(10)).items();
        assertEquals(1, answered.size(), "the answer completes the row stored before sending");
        assertEquals(201, answered.get(0).httpStatus().orElse(null));
    }

    @DatabaseTest
    void aTokenRefreshIsFoundWithTheConfigurationChanges(TestDatabase database) {
        ExchangeRecorder recorder = recorder(database, RequestBodies.NONE);
        recorder.exchanged(new Exchange(NOW, "school-1", null, null, "oauth.refresh", "POST", "/api/oauth2/token", 200,
                90, false, null, null));
        recorder.flush();

        TransactionLogService log = new TransactionLogService(database.store());
        assertEquals(1, log.entries(LogQuery.day(LocalDate.of(2026, 11, 21)).withSearchNumber("55555"),
                PageRequest.first(10)).total());
    }

    @DatabaseTest
    void aRowTheDatabaseRefusesCostsOnlyItself(TestDatabase database) {
        LogWriter writer = new LogWriter(database.store(), 100, 10);
        io.koppel.store.LogRow good = new ExchangeRecorder(writer, new BodyRedactor(RequestBodies.NONE, PERSONAL))
                .toRow(exchange(null));
        io.koppel.store.LogRow refused = new io.koppel.store.LogRow("x", NOW, null, null, "1",
                "o".repeat(61), "GET", "/too-long-operation", 200, 1, false, null, null);
        writer.write(refused);
        writer.write(good);
        writer.flush();

        TransactionLogService log = new TransactionLogService(database.store());
        assertEquals(1, log.entries(LogQuery.day(LocalDate.of(2026, 11, 21)), PageRequest.first(10)).total());
    }

    @DatabaseTest
    void leavesPersonalDataOutOfRequestBodies(TestDatabase database) {
        ExchangeRecorder redacting = recorder(database, RequestBodies.REDACTED);
        String body = "{\"Name\":\"Peeters Jan\",\"Email\":\"jan@example.be\",\"Status\":\"C\","
                + "\"SalesEntryLines\":[{\"Description\":\"Maaltijden\",\"AddressLine1\":\"Kerkstraat 1\"}]}";

        assertEquals("{\"Name\":\"***\",\"Email\":\"***\",\"Status\":\"C\",\"SalesEntryLines\":"
                + "[{\"Description\":\"Maaltijden\",\"AddressLine1\":\"***\"}]}", redacting.toRow(exchange(body)).requestBody());
        assertNull(redacting.toRow(exchange("not json: Peeters Jan")).requestBody());
        assertNull(recorder(database, RequestBodies.NONE).toRow(exchange(body)).requestBody());
    }

    @DatabaseTest
    void anAdminFindsTheExchangesOfADay(TestDatabase database) {
        ExchangeRecorder recorder = recorder(database, RequestBodies.REDACTED);
        for (int i = 0; i < 30; i++) {
            recorder.exchanged(new Exchange(NOW.plusSeconds(i), "school-1", 797636, i % 3 == 0 ? "55555" : "1001",
                    "read", "GET", "/api/v1/797636/financial/GLAccounts", i % 10 == 0 ? 400 : 200, 5, i % 10 == 0,
                    null, null));
        }
        recorder.exchanged(new Exchange(NOW.minusSeconds(36_000 + 1), "school-1", 797636, "1001", "read", "GET",
                "/previous-day", 200, 5, false, null, null));
        recorder.flush();
        TransactionLogService log = new TransactionLogService(database.store());
        LogQuery day = LogQuery.day(LocalDate.of(2026, 11, 21));

        List<LogEntry> newest = log.entries(day, PageRequest.first(5)).items();
        assertEquals(NOW.plusSeconds(29), newest.get(0).time());
        assertEquals(30, log.entries(day, PageRequest.first(5)).total());
        assertEquals(10, log.entries(day.withSearchNumber("55555"), PageRequest.first(100)).total());
        assertEquals(List.of(NOW.plusSeconds(20), NOW.plusSeconds(10), NOW),
                log.entries(day.failures(), PageRequest.first(100)).items().stream().map(LogEntry::time).toList());
        assertEquals(1, log.entries(LogQuery.day(LocalDate.of(2026, 11, 20)), PageRequest.first(10)).total());
    }

    private static Exchange exchange(String body) {
        return new Exchange(NOW, "school-1", 797636, "16371", "create-account", "POST", "/api/v1/797636/crm/Accounts",
                201, 33, false, null, body);
    }

    private static ExchangeRecorder recorder(TestDatabase database, RequestBodies bodies) {
        return new ExchangeRecorder(new LogWriter(database.store(), 100, 10), new BodyRedactor(bodies, PERSONAL));
    }

    private static String allLogText(TestDatabase database) throws SQLException {
        return String.join("\n", TestDatabase.rows(database.dataSource(), "SELECT * FROM koppel_transaction_log"));
    }
}
