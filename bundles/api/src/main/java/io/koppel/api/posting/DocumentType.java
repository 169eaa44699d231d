package io.koppel.api.posting;

import io.koppel.api.Messages;
import java.util.Locale;

/** Invoice or credit note. A negative invoice is posted as a credit note. */
public enum DocumentType {
    INVOICE,
    CREDIT_NOTE;

    /** The label a clerk reads. */
    public String label(Locale locale) {
        return Messages.text(locale, "documentType." + name());
    }
}
