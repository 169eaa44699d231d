package io.koppel.auth.internal;

import io.koppel.api.Messages;
import java.util.List;
import java.util.Locale;

/** How a return from Exact's consent page ended, as the admin's browser shows it. */
sealed interface ConsentResult {

    /** The page's text in the admin's language. */
    String text(Locale locale);

    /** Whether the link was made. */
    default boolean linked() {
        return false;
    }

    record Linked(String hostEntity, String exactUser, List<String> divisions) implements ConsentResult {
        @Override
        public String text(Locale locale) {
            return Messages.text(locale, "consent.connected", hostEntity, exactUser) + "\n"
                    + Messages.text(locale, "consent.divisions", String.join(", ", divisions));
        }

        @Override
        public boolean linked() {
            return true;
        }
    }

    record Declined(String error) implements ConsentResult {
        @Override
        public String text(Locale locale) {
            return Messages.text(locale, "consent.declined", error);
        }
    }

    record InvalidState() implements ConsentResult {
        @Override
        public String text(Locale locale) {
            return Messages.text(locale, "consent.invalidState");
        }
    }

    /** Koppel itself refused the link, for a reason the admin can act on. */
    record Refused(io.koppel.api.Reason reason) implements ConsentResult {
        @Override
        public String text(Locale locale) {
            return reason.text(locale);
        }
    }

    record Failed(String reason) implements ConsentResult {
        @Override
        public String text(Locale locale) {
            return Messages.text(locale, "consent.failed", reason);
        }
    }
}
