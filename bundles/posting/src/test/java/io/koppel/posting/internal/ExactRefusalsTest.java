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
    void readsTheSameCausesInFrenchAndGermanWithTheEnDash() {
        assertEquals(Reason.of(ReasonCode.PERIOD_CLOSED, "2025", "12"), reason("Periode is afgesloten: 2025 \u2013 12"));
        assertEquals(Reason.of(ReasonCode.PERIOD_CLOSED, "2025", "12"),
                reason("La période est clôturée : 2025 \u2013 12"));
        assertEquals(Reason.of(ReasonCode.PERIOD_CLOSED, "2025", "12"), reason("Periode ist abgeschlossen: 2025 \u2013 12"));
        assertEquals(Reason.of(ReasonCode.CUSTOMER_INACTIVE), reason("Client : Inactif"));
        assertEquals(Reason.of(ReasonCode.CUSTOMER_INACTIVE), reason("Kunde: Inaktiv"));
        assertEquals(Reason.of(ReasonCode.MANDATE_REFERENCE_EXISTS, "MAND-7"),
                reason("Existe déjà : Référence du mandat"));
        assertEquals(Reason.of(ReasonCode.MANDATE_REFERENCE_EXISTS, "MAND-7"), reason("Existiert bereits: Mandatsreferenz"));
        assertEquals(Reason.of(ReasonCode.CUSTOMER_NOT_FOUND), reason("Référence non valide : Client"));
        assertEquals(Reason.of(ReasonCode.CUSTOMER_NOT_FOUND), reason("Ungültige Referenz: Kunde"));
        assertEquals(Reason.of(ReasonCode.CUSTOMER_WRONG_TYPE), reason("Ongeldig: Klant (Type)"));
        assertEquals(Reason.of(ReasonCode.CUSTOMER_WRONG_TYPE), reason("Ungültig: Kunde (Typ)"));
        assertEquals(Reason.of(ReasonCode.FINANCIAL_YEAR_MISSING, ""), reason("Obligatoire : Exercice"));
        assertEquals(Reason.of(ReasonCode.GL_ACCOUNT_BLOCKED, "704000 - Verkopen (oud)"),
                reason("Gesperrt: Sachkonto: 704000 - Verkopen (oud)"));
        assertEquals(Reason.of(ReasonCode.GL_ACCOUNT_BLOCKED, "704000 - Verkopen (oud)"),
                reason("Bloqué : Compte général : 704000 - Verkopen (oud)"));
        // an unknown G/L account is no unknown customer, though "account" is in both
        assertEquals(Reason.of(ReasonCode.EXACT_REJECTED, "Invalid reference: G/L account"),
                reason("Invalid reference: G/L account"));
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
