package io.koppel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OgmTest {

    @Test
    void readsEveryUsualNotation() {
        Ogm ogm = Ogm.parse("+++090/9337/55493+++");
        assertEquals("090933755493", ogm.digits());
        assertEquals(ogm, Ogm.parse("***090/9337/55493***"));
        assertEquals(ogm, Ogm.parse("090933755493"));
        assertEquals("+++090/9337/55493+++", ogm.toString());
    }

    @Test
    void refusesWrongCheckDigitsWithAReasonNamingTheText() {
        KoppelException refused = assertThrows(KoppelException.class, () -> Ogm.parse("+++090/9337/55494+++"));
        assertEquals(ReasonCode.OGM_INVALID, refused.reason().code());
        assertEquals("+++090/9337/55494+++", refused.reason().arguments().get(0));
        assertFalse(Ogm.isValid("12345"));
        assertFalse(Ogm.isValid(null));
    }

    @Test
    void aMultipleOf97GetsCheckDigits97() {
        Ogm ogm = Ogm.of(97);
        assertEquals("000000009797", ogm.digits());
        assertTrue(Ogm.isValid(ogm.toString()));
    }

    @Test
    void buildsValidCommunicationsFromNumbers() {
        for (long number = 1; number < 5_000; number += 7) {
            assertTrue(Ogm.isValid(Ogm.of(number).toString()), "for " + number);
        }
    }
}
