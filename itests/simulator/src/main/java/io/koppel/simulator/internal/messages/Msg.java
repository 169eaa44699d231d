package io.koppel.simulator.internal.messages;

import java.util.Locale;

/**
 * Exact's message templates in Dutch, French, English and German. The Dutch texts are Exact's, as real answers and
 * client-library issues quote them, with the en dash Exact writes in the period; the others are the simulator's
 * translations where no original was found.
 */
public enum Msg {
    REQUIRED("Verplicht: %s", "Obligatoire : %s", "Mandatory: %s", "Pflichtfeld: %s"),
    INVALID_REFERENCE("Ongeldige referentie: %s", "Référence non valide : %s", "Invalid reference: %s",
            "Ungültige Referenz: %s"),
    INVALID("Ongeldig: %s", "Non valide : %s", "Invalid: %s", "Ungültig: %s"),
    /** "Geblokkeerd: Grootboekrekening: 704000 - Verkopen (oud)". */
    BLOCKED("Geblokkeerd: %s: %s - %s", "Bloqué : %s : %s - %s", "Blocked: %s: %s - %s", "Gesperrt: %s: %s - %s"),
    ALREADY_EXISTS("Bestaat reeds: %s", "Existe déjà : %s", "Already exists: %s", "Existiert bereits: %s"),
    PERIOD_CLOSED("Periode is afgesloten: %s \u2013 %s", "La période est clôturée : %s \u2013 %s",
            "Period is closed: %s \u2013 %s", "Periode ist abgeschlossen: %s \u2013 %s"),
    CUSTOMER_INACTIVE("Klant: Non-actief", "Client : Inactif", "Customer: Inactive", "Kunde: Inaktiv"),
    CUSTOMER_RECEIVABLES_MISMATCH(
            "De klantenrekening van deze relatie is niet gelijk aan de rekening van het gebruikte verkoopdagboek",
            "Le compte client de cette relation n'est pas égal au compte du journal de ventes utilisé",
            "The accounts receivable account of this relation is not equal to the account of the sales journal used",
            "Das Debitorenkonto dieser Relation entspricht nicht dem Konto des verwendeten Verkaufsjournals"),
    BIC_INVALID("BIC Code niet geldig", "Code BIC non valide", "BIC code not valid", "BIC-Code ungültig"),
    /** "Naam: maximaal 50 tekens": a value longer than the field takes. */
    TOO_LONG("%s: maximaal %s tekens", "%s : %s caractères au maximum", "%s: at most %s characters",
            "%s: höchstens %s Zeichen"),
    // Exact's answer to an empty Name, in English even to Dutch users
    SHOULD_NOT_BE_EMPTY("%s should not be empty", "%s should not be empty", "%s should not be empty",
            "%s should not be empty"),
    // Shape of picqer #452 ("Invalid journal. The journal must be a cash journal."), which Exact answers with 500
    JOURNAL_NOT_SALES("Ongeldig dagboek. Het dagboek moet een verkoopdagboek zijn.",
            "Journal non valide. Le journal doit être un journal de ventes.",
            "Invalid journal. The journal must be a sales journal.",
            "Ungültiges Journal. Das Journal muss ein Verkaufsjournal sein."),
    CANNOT_DELETE("Kan niet verwijderen: %s %s - Gebruikt in: %s", "Suppression impossible : %s %s - Utilisé dans : %s",
            "Can't delete: %s %s - Used in: %s", "Löschen nicht möglich: %s %s - Verwendet in: %s"),
    GENERIC_ERROR("Er is een probleem opgetreden. De oorzaak van dit probleem wordt zo snel mogelijk onderzocht.",
            "Un problème est survenu. La cause de ce problème sera examinée dès que possible.",
            "A problem has occurred. The cause of this issue will be investigated as soon as possible.",
            "Ein Problem ist aufgetreten. Die Ursache wird so schnell wie möglich untersucht."),
    CALLBACK_FAILED("Invalid: Post to callback URL endpoint returns %s", "Invalid: Post to callback URL endpoint returns %s",
            "Invalid: Post to callback URL endpoint returns %s", "Invalid: Post to callback URL endpoint returns %s");

    private final Localized text;

    Msg(String nl, String fr, String en, String de) {
        this.text = new Localized(nl, fr, en, de);
    }

    public String format(Lang lang, Object... args) {
        Object[] localized = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            localized[i] = args[i] instanceof Term t ? t.in(lang) : args[i];
        }
        return String.format(Locale.ROOT, text.in(lang), localized);
    }
}
