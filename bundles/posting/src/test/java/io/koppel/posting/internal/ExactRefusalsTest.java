package io.koppel.posting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.client.ExactValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact's messages, as its error bodies carry them, read into the clerk's reasons. */
class ExactRefusalsTest {

    @Test
    void readsExactsMessagesInDutchAndEnglish() {
        assertEquals(Reason.of(ReasonCode.PERIOD_CLOSED, "2024", "12"), reason("Periode is afgesloten: 2024 - 12"));
        assertEquals(Reason.of(ReasonCode.PERIOD_CLOSED, "2024", "3"), reason("Period is closed: 2024 - 3"));
        assertEquals(Reason.of(ReasonCode.CUSTOMER_INACTIVE), reason("Klant: Non-actief"));
        assertEquals(Reason.of(ReasonCode.MANDATE_REFERENCE_EXISTS, "MAND-7"), reason("Bestaat reeds: Mandaat referentie"));
        assertEquals(Reason.of(ReasonCode.CUSTOMER_NOT_FOUND), reason("Ongeldige referentie: Klant"));
        assertEquals(Reason.of(ReasonCode.FINANCIAL_YEAR_MISSING, ""), reason("Verplicht: Boekjaar"));
    }

    @Test
    void aMissingMandateReferenceIsNoDuplicateAndUnknownMessagesPassAsExactWroteThem() {
        assertEquals(Reason.of(ReasonCode.EXACT_REJECTED, "Verplicht: Mandaat referentie"),
                reason("Verplicht: Mandaat referentie"));
        assertEquals(Reason.of(ReasonCode.EXACT_REJECTED, "Verplicht: Factuur voor; Verplicht: Besteld door"),
                ExactRefusals.reasonFor(new ExactValidationException("Verplicht: Factuur voor\r\nVerplicht: Besteld door",
                        List.of("Verplicht: Factuur voor", "Verplicht: Besteld door"), 400), "MAND-7"));
    }

    private static Reason reason(String message) {
        return ExactRefusals.reasonFor(new ExactValidationException(message, List.of(message), 400), "MAND-7");
    }
}
