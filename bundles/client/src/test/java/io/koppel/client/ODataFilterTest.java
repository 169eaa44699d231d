package io.koppel.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ODataFilterTest {

    @Test
    void singleQuotesInStringsAreDoubled() {
        assertEquals("Description eq 'Groep ''t Kofschip'",
                ODataFilter.eq("Description", "Groep 't Kofschip").expression());
        assertEquals("YourRef eq ''''''", ODataFilter.eq("YourRef", "''").expression());
    }

    @Test
    void literalsOfEachType() {
        assertEquals("guid'c00ee12c-0000-0000-0000-000000000001'",
                ODataLiteral.of(UUID.fromString("c00ee12c-0000-0000-0000-000000000001")));
        assertEquals("datetime'2021-01-01T00:00:00'", ODataLiteral.of(LocalDate.of(2021, 1, 1)));
        assertEquals("datetime'2021-01-01T10:11:12'", ODataLiteral.of(LocalDateTime.of(2021, 1, 1, 10, 11, 12)));
        assertEquals("datetime'2021-01-01T10:11:12'", ODataLiteral.of(Instant.parse("2021-01-01T10:11:12Z")));
        assertEquals("123456L", ODataLiteral.of(123456L));
        assertEquals("42", ODataLiteral.of(42));
        assertEquals("12.50", ODataLiteral.of(new BigDecimal("12.50")));
        assertEquals("true", ODataLiteral.of(true));
        assertEquals("null", ODataLiteral.of(null));
    }

    @Test
    void combinedFiltersAreGrouped() {
        ODataFilter filter = ODataFilter.eq("YourRef", "A").or(ODataFilter.eq("YourRef", "B"))
                .and(ODataFilter.eq("Journal", "70"));

        assertEquals("(YourRef eq 'A' or YourRef eq 'B') and Journal eq '70'", filter.expression());
    }

    @Test
    void noneDisappearsInCombinations() {
        assertTrue(ODataFilter.none().isEmpty());
        assertEquals("Status eq 20", ODataFilter.none().and(ODataFilter.eq("Status", 20)).expression());
        assertEquals("Status eq 20", ODataFilter.eq("Status", 20).and(ODataFilter.none()).expression());
    }

    @Test
    void trimmedCodeComparison() {
        assertEquals("trim(Code) eq '1001'", ODataFilter.trimmedEq("Code", "  1001 ").expression());
    }

    @Test
    void fieldNamesCannotCarryExpressions() {
        assertThrows(IllegalArgumentException.class, () -> ODataFilter.eq("Code eq '1' or Code", "2"));
        assertThrows(IllegalArgumentException.class, () -> ODataFilter.eq("", "2"));
    }

    @Test
    void unknownValueTypesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ODataFilter.eq("Code", new Object()));
    }
}
