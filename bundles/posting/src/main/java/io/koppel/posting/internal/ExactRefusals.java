package io.koppel.posting.internal;

import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.client.ExactValidationException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Exact's validation messages into reasons a clerk can act on. Exact writes in the language of the user who
 * linked the connection: Dutch, French, English or German in Belgium and the Netherlands, so each cause is known
 * by its words in all four. A message it does not know is passed on as Exact wrote it.
 */
final class ExactRefusals {
    /** "2024 - 12", also with the en or em dash Exact prints. */
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})\\s*[-\u2013\u2014]\\s*(\\d{1,2})");
    /** "Geblokkeerd: Grootboekrekening: 704000 - Verkopen (oud)": the code after the object's name. */
    private static final Pattern BLOCKED_CODE = Pattern.compile(":\\s*([^:\\s]+)\\s*[-\u2013\u2014]\\s*[^:]*$");

    private static final List<String> PERIOD_CLOSED = List.of("periode is afgesloten", "period is closed",
            "période est clôturée", "période clôturée", "periode ist abgeschlossen", "periode abgeschlossen");
    private static final List<String> INACTIVE = List.of("non-actief", "inactive", "inactif", "inaktiv");
    private static final List<String> ALREADY_EXISTS = List.of("bestaat reeds", "already exists", "existe déjà",
            "existiert bereits", "bereits vorhanden");
    private static final List<String> MANDATE = List.of("mandaat", "mandate", "mandat");
    private static final List<String> INVALID_REFERENCE = List.of("ongeldige referentie", "invalid reference",
            "référence non valide", "référence invalide", "ungültige referenz");
    private static final List<String> INVALID = List.of("ongeldig", "invalid", "non valide", "ungültig");
    private static final List<String> REQUIRED = List.of("verplicht", "mandatory", "obligatoire", "pflichtfeld",
            "erforderlich");
    private static final List<String> BLOCKED = List.of("geblokkeerd", "blocked", "bloqué", "gesperrt");
    private static final List<String> CUSTOMER = List.of("klant", "customer", "client", "kunde", "account");
    private static final List<String> FINANCIAL_YEAR = List.of("boekjaar", "financial year", "exercice",
            "geschäftsjahr");
    private static final List<String> GL_ACCOUNT_TYPE = List.of("grootboekrekeningtype", "g/l account type",
            "gl account type", "type de compte général", "sachkontotyp");
    private static final List<String> GL_ACCOUNT = List.of("grootboekrekening", "g/l account", "gl account",
            "compte général", "sachkonto");
    private static final List<String> JOURNAL = List.of("dagboek", "journal");
    private static final List<String> COST_CENTER = List.of("kostenplaats", "cost center", "centre de frais",
            "centre de coûts", "kostenstelle");
    private static final List<String> COST_UNIT = List.of("kostendrager", "cost unit", "porteur de frais",
            "unité de coûts", "kostenträger");

    private ExactRefusals() {
    }

    /**
     * What the refusal's codes refer to: Exact names a blocked GL account or journal, but not which unknown
     * reference or which cost code it means.
     *
     * @param mandateReference the reference of the mandate the document sends, named when Exact says it exists
     * @param journal          the journal code the entry was sent to
     * @param glAccounts       the distinct GL account codes of the document's lines
     * @param costCenter       the cost center sent, or null
     * @param costUnit         the cost unit sent, or null
     */
    record Sent(String mandateReference, String journal, List<String> glAccounts, String costCenter,
            String costUnit) {
        static Sent mandate(String reference) {
            return new Sent(reference, null, List.of(), null, null);
        }

        String singleGlAccount() {
            return glAccounts.size() == 1 ? glAccounts.get(0) : null;
        }
    }

    static Reason reasonFor(ExactValidationException refused, String mandateReference) {
        return reasonFor(refused, Sent.mandate(mandateReference));
    }

    static Reason reasonFor(ExactValidationException refused, Sent sent) {
        List<String> lines = refused.lines().isEmpty() ? List.of(refused.exactMessage()) : refused.lines();
        for (String line : lines) {
            Reason known = recognise(line, sent);
            if (known != null) {
                return known;
            }
        }
        return Reason.of(ReasonCode.EXACT_REJECTED, String.join("; ", lines));
    }

    private static Reason recognise(String line, Sent sent) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (has(lower, PERIOD_CLOSED)) {
            Matcher period = PERIOD.matcher(line);
            return period.find() ? Reason.of(ReasonCode.PERIOD_CLOSED, period.group(1), period.group(2)) : null;
        }
        if (has(lower, ALREADY_EXISTS) && has(lower, MANDATE)) {
            return Reason.of(ReasonCode.MANDATE_REFERENCE_EXISTS, sent.mandateReference());
        }
        String object = object(lower);
        if (has(lower, INVALID) && (CUSTOMER.contains(object.replace("(type)", "").replace("(typ)", "").trim())
                && !CUSTOMER.contains(object))) {
            return Reason.of(ReasonCode.CUSTOMER_WRONG_TYPE);
        }
        if (CUSTOMER.contains(subject(lower)) && has(lower, INACTIVE)) {
            return Reason.of(ReasonCode.CUSTOMER_INACTIVE);
        }
        if (isUnknownCustomer(line)) {
            return Reason.of(ReasonCode.CUSTOMER_NOT_FOUND);
        }
        if (has(lower, REQUIRED) && has(lower, FINANCIAL_YEAR)) {
            return Reason.of(ReasonCode.FINANCIAL_YEAR_MISSING, "");
        }
        if (has(lower, BLOCKED)) {
            Matcher code = BLOCKED_CODE.matcher(line);
            String blocked = code.find() ? code.group(1) : null;
            if (has(lower, GL_ACCOUNT) && (blocked != null || sent.singleGlAccount() != null)) {
                String named = blocked != null ? line.substring(code.start(1)).trim() : sent.singleGlAccount();
                return Reason.of(ReasonCode.GL_ACCOUNT_BLOCKED, named);
            }
            if (has(lower, JOURNAL)) {
                return Reason.of(ReasonCode.JOURNAL_BLOCKED, blocked != null ? blocked : sent.journal());
            }
            return null;
        }
        if (has(lower, GL_ACCOUNT_TYPE) && sent.singleGlAccount() != null) {
            return Reason.of(ReasonCode.GL_ACCOUNT_WRONG_TYPE, sent.singleGlAccount());
        }
        if (has(lower, INVALID_REFERENCE)) {
            if (has(lower, GL_ACCOUNT) && sent.singleGlAccount() != null) {
                return Reason.of(ReasonCode.GL_ACCOUNT_NOT_FOUND, sent.singleGlAccount());
            }
            if (has(lower, JOURNAL) && sent.journal() != null) {
                return Reason.of(ReasonCode.JOURNAL_NOT_FOUND, sent.journal());
            }
            if (has(lower, COST_CENTER) && sent.costCenter() != null) {
                return Reason.of(ReasonCode.COST_CENTER_NOT_FOUND, sent.costCenter());
            }
            if (has(lower, COST_UNIT) && sent.costUnit() != null) {
                return Reason.of(ReasonCode.COST_UNIT_NOT_FOUND, sent.costUnit());
            }
            return null;
        }
        if (has(lower, REQUIRED) && (has(lower, COST_CENTER) || has(lower, COST_UNIT))
                && sent.singleGlAccount() != null) {
            return Reason.of(ReasonCode.COST_CODE_REQUIRED, sent.singleGlAccount());
        }
        return null;
    }

    /** Exact no longer knows the customer the link points to. */
    static boolean isUnknownCustomer(ExactValidationException refused) {
        List<String> lines = refused.lines().isEmpty() ? List.of(refused.exactMessage()) : refused.lines();
        return lines.stream().anyMatch(ExactRefusals::isUnknownCustomer);
    }

    private static boolean isUnknownCustomer(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return has(lower, INVALID_REFERENCE) && CUSTOMER.contains(object(lower));
    }

    /** What a message is about: "klant" in "Ongeldige referentie: Klant". */
    private static String object(String lower) {
        int colon = lower.indexOf(':');
        return colon < 0 ? "" : lower.substring(colon + 1).trim();
    }

    /** The subject of a "Klant: Non-actief" message. */
    private static String subject(String lower) {
        int colon = lower.indexOf(':');
        return colon < 0 ? "" : lower.substring(0, colon).trim();
    }

    private static boolean has(String lower, List<String> words) {
        for (String word : words) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
