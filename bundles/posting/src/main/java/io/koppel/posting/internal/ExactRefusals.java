package io.koppel.posting.internal;

import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.client.ExactValidationException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Exact's validation messages (Dutch or English, as the linked user speaks) into reasons a clerk can act
 * on; a message it does not know is passed on as Exact wrote it.
 */
final class ExactRefusals {
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})\\s*-\\s*(\\d{1,2})");

    private ExactRefusals() {
    }

    /**
     * @param mandateReference the reference of the mandate the document sends, named when Exact says it exists
     */
    static Reason reasonFor(ExactValidationException refused, String mandateReference) {
        String message = String.join("; ", refused.lines().isEmpty() ? java.util.List.of(refused.exactMessage())
                : refused.lines());
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("periode is afgesloten") || lower.contains("period is closed")) {
            Matcher period = PERIOD.matcher(message);
            return period.find() ? Reason.of(ReasonCode.PERIOD_CLOSED, period.group(1), period.group(2))
                    : Reason.of(ReasonCode.EXACT_REJECTED, message);
        }
        if (lower.contains("non-actief") || lower.contains("inactive")) {
            return Reason.of(ReasonCode.CUSTOMER_INACTIVE);
        }
        if ((lower.contains("bestaat reeds") || lower.contains("already exists"))
                && (lower.contains("mandaat") || lower.contains("mandate"))) {
            return Reason.of(ReasonCode.MANDATE_REFERENCE_EXISTS, mandateReference);
        }
        if (isUnknownCustomer(refused)) {
            return Reason.of(ReasonCode.CUSTOMER_NOT_FOUND);
        }
        if (lower.contains("verplicht: boekjaar") || lower.contains("mandatory: financial year")) {
            return Reason.of(ReasonCode.FINANCIAL_YEAR_MISSING, "");
        }
        return Reason.of(ReasonCode.EXACT_REJECTED, message);
    }

    /** Exact no longer knows the customer the link points to. */
    static boolean isUnknownCustomer(ExactValidationException refused) {
        String lower = refused.exactMessage().toLowerCase(Locale.ROOT);
        return lower.contains("ongeldige referentie: klant") || lower.contains("invalid reference: customer")
                || lower.contains("ongeldige referentie: account") || lower.contains("invalid reference: account");
    }
}
