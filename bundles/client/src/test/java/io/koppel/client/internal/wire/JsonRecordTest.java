package io.koppel.client.internal.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonRecordTest {
    private static JsonRecord record(String json) {
        return ODataEnvelope.single(json);
    }

    @Test
    void amountsKeepEveryDigitAndTheirScale() {
        JsonRecord r = record("{\"A\":0.1,\"B\":1234567890.123456789,\"C\":9075,\"D\":10.00,\"E\":\"12.34\"}");

        assertEquals(new BigDecimal("0.1"), r.decimal("A"));
        assertEquals(new BigDecimal("1234567890.123456789"), r.decimal("B"));
        assertEquals(new BigDecimal("9075"), r.decimal("C"));
        assertEquals(new BigDecimal("10.00"), r.decimal("D"));
        assertEquals(new BigDecimal("12.34"), r.decimal("E"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"A\":null}", "{\"B\":1}"})
    void nullAndMissingAreNull(String json) {
        JsonRecord r = record(json);

        assertFalse(r.has("A"));
        assertNull(r.text("A"));
        assertNull(r.code("A"));
        assertNull(r.uuid("A"));
        assertNull(r.decimal("A"));
        assertNull(r.integer("A"));
        assertNull(r.longValue("A"));
        assertNull(r.instant("A"));
        assertNull(r.date("A"));
        assertNull(r.expanded("A"));
        assertFalse(r.flag("A"));
    }

    @Test
    void blankCodesAreNull() {
        assertNull(record("{\"VATCode\":\"   \"}").code("VATCode"));
        assertEquals("2", record("{\"VATCode\":\"2  \"}").code("VATCode"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"Main\":1}         | true",
            "{\"Main\":0}         | false",
            "{\"Main\":true}      | true",
            "{\"Main\":false}     | false",
            "{\"Main\":\"1\"}       | true",
            "{\"Other\":1}        | false"})
    void byteFlagsReadAsBooleans(String json, boolean main) {
        assertEquals(main, record(json).flag("Main"));
    }

    @Test
    void int64KeysAsNumbersOrStrings() {
        assertEquals(9876543210L, record("{\"HID\":9876543210}").longValue("HID"));
        assertEquals(9876543210L, record("{\"HID\":\"9876543210\"}").longValue("HID"));
    }
}
