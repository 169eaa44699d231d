package io.koppel.client.internal.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExactDatesTest {

    @Test
    void wcfDateIsEpochMillis() {
        // mcnijman types/date_test.go
        assertEquals(Instant.ofEpochMilli(1535718344017L), ExactDates.instant("/Date(1535718344017)/"));
        assertEquals(Instant.ofEpochMilli(1382667906263L), ExactDates.instant("/Date(1382667906263)/"));
    }

    @Test
    void wcfOffsetDoesNotShiftTheInstant() {
        assertEquals(Instant.ofEpochMilli(1382667906263L), ExactDates.instant("/Date(1382667906263+0100)/"));
    }

    @Test
    void wcfBeforeTheEpoch() {
        assertEquals(Instant.ofEpochMilli(-86400000L), ExactDates.instant("/Date(-86400000)/"));
    }

    @Test
    void dateOnlyFieldsAreMidnightUtc() {
        // dotnet fixture: InvoiceDate /Date(1351209600000)/ = 2012-10-26T00:00:00Z
        assertEquals(LocalDate.of(2012, 10, 26), ExactDates.date("/Date(1351209600000)/"));
    }

    @Test
    void localMidnightStillGivesTheIntendedDay() {
        // 2012-10-25T22:00:00Z is midnight of the 26th in Brussels (summer time)
        assertEquals(LocalDate.of(2012, 10, 26), ExactDates.date("/Date(1351202400000)/"));
    }

    @Test
    void isoShapes() {
        assertEquals(Instant.parse("2012-10-26T00:00:00Z"), ExactDates.instant("2012-10-26T00:00:00"));
        assertEquals(Instant.parse("2012-10-26T00:00:00Z"), ExactDates.instant("2012-10-26T00:00:00Z"));
        assertEquals(Instant.parse("2012-10-25T22:00:00Z"), ExactDates.instant("2012-10-26T00:00:00+02:00"));
        assertEquals(Instant.parse("2012-10-26T10:11:12.345Z"), ExactDates.instant("2012-10-26T10:11:12.345"));
        assertEquals(LocalDate.of(2012, 10, 26), ExactDates.date("2012-10-26"));
    }

    @Test
    void requestsCarryIsoLocalDateTime() {
        assertEquals("2012-10-26T00:00:00", ExactDates.forRequest(LocalDate.of(2012, 10, 26)));
    }

    @Test
    void garbageIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ExactDates.instant("yesterday"));
    }
}
