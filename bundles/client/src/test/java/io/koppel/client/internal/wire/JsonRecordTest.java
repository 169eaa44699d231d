package io.koppel.client.internal.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

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

    @Test
    void nullAndMissingAreNull() {
        JsonRecord r = record("{\"A\":null}");

        assertNull(r.decimal("A"));
        assertNull(r.text("A"));
        assertNull(r.uuid("B"));
        assertNull(r.date("A"));
        assertFalse(r.has("A"));
    }

    @Test
    void blankCodesAreNull() {
        assertNull(record("{\"VATCode\":\"   \"}").code("VATCode"));
        assertEquals("2", record("{\"VATCode\":\"2  \"}").code("VATCode"));
    }

    @Test
    void byteFlagsReadAsBooleans() {
        JsonRecord r = record("{\"Main\":1,\"FirstSend\":0,\"IsBlocked\":true,\"Blocked\":false}");

        assertTrue(r.flag("Main"));
        assertFalse(r.flag("FirstSend"));
        assertTrue(r.flag("IsBlocked"));
        assertFalse(r.flag("Blocked"));
        assertFalse(r.flag("Missing"));
    }

    @Test
    void int64KeysAsNumbersOrStrings() {
        assertEquals(9876543210L, record("{\"HID\":9876543210}").longValue("HID"));
        assertEquals(9876543210L, record("{\"HID\":\"9876543210\"}").longValue("HID"));
    }
}
