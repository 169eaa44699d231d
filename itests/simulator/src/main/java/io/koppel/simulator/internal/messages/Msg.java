package io.koppel.simulator.internal.messages;

import java.util.Locale;

/**
 * Exact's message templates in Dutch and English. The Dutch texts are Exact's, as real answers and
 * client-library issues quote them; the English ones are the simulator's translations where no English original
 * was found.
 */
public enum Msg {
    REQUIRED("Verplicht: %s", "Mandatory: %s"),
    INVALID_REFERENCE("Ongeldige referentie: %s", "Invalid reference: %s"),
    INVALID("Ongeldig: %s", "Invalid: %s"),
    /** "Geblokkeerd: Grootboekrekening: 704000 - Verkopen (oud)". */
    BLOCKED("Geblokkeerd: %s: %s - %s", "Blocked: %s: %s - %s"),
    ALREADY_EXISTS("Bestaat reeds: %s", "Already exists: %s"),
    PERIOD_CLOSED("Periode is afgesloten: %s - %s", "Period is closed: %s - %s"),
    CUSTOMER_INACTIVE("Klant: Non-actief", "Customer: Inactive"),
    CUSTOMER_RECEIVABLES_MISMATCH(
            "De klantenrekening van deze relatie is niet gelijk aan de rekening van het gebruikte verkoopdagboek",
            "The accounts receivable account of this relation is not equal to the account of the sales journal used"),
    BIC_INVALID("BIC Code niet geldig", "BIC code not valid"),
    // Exact's answer to an empty Name, in English even to Dutch users
    SHOULD_NOT_BE_EMPTY("%s should not be empty", "%s should not be empty"),
    // Shape of picqer #452 ("Invalid journal. The journal must be a cash journal."), which Exact answers with 500
    JOURNAL_NOT_SALES("Ongeldig dagboek. Het dagboek moet een verkoopdagboek zijn.",
            "Invalid journal. The journal must be a sales journal."),
    CANNOT_DELETE("Kan niet verwijderen: %s %s - Gebruikt in: %s", "Can't delete: %s %s - Used in: %s"),
    GENERIC_ERROR("Er is een probleem opgetreden. De oorzaak van dit probleem wordt zo snel mogelijk onderzocht.",
            "A problem has occurred. The cause of this issue will be investigated as soon as possible."),
    CALLBACK_FAILED("Invalid: Post to callback URL endpoint returns %s", "Invalid: Post to callback URL endpoint returns %s");

    private final String nl;
    private final String en;

    Msg(String nl, String en) {
        this.nl = nl;
        this.en = en;
    }

    public String format(Lang lang, Object... args) {
        Object[] localized = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            localized[i] = args[i] instanceof Term t ? t.in(lang) : args[i];
        }
        return String.format(Locale.ROOT, lang == Lang.NL ? nl : en, localized);
    }
}
