package io.koppel.api;

import java.util.Locale;

/**
 * Where a piece of work (a posting, a customer update) stands, as a clerk sees it in the overview.
 *
 * <p>Automatic retries keep the work {@link #IN_PROGRESS}; only a cause the clerk or admin must act on
 * makes it {@link #FAILED} or {@link #FATAL}.
 */
public enum Status {
    /** Stored, not yet sent to Exact. */
    NEW,
    /** Being sent to Exact, or waiting for an automatic retry. */
    IN_PROGRESS,
    /** Exact accepted it. */
    COMPLETED,
    /** Exact or local validation refused it; correct the cause and send it again. */
    FAILED,
    /** Retries ran out or something unexpected happened; an admin must reset it to {@link #FAILED} first. */
    FATAL;

    /** Whether a clerk may send it (again): only new and failed work. */
    public boolean isSubmittable() {
        return this == NEW || this == FAILED;
    }

    /** Whether no more processing will happen without someone acting. */
    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == FATAL;
    }

    /** The label a clerk reads, in Dutch, French or English. */
    public String label(Locale locale) {
        return Messages.text(locale, "status." + name());
    }
}
