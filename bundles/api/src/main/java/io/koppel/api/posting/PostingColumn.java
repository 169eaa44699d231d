package io.koppel.api.posting;

import io.koppel.api.Messages;
import java.util.Locale;

/** A column of the postings overview, in the clerk's order: what a query may filter or sort on. */
public enum PostingColumn {
    NAME("name"),
    TITLE("title"),
    TYPE("type"),
    AMOUNT("amount"),
    OGM("ogm"),
    STATUS("status"),
    REASON("reason"),
    INVOICE("invoice"),
    DOCUMENT("document"),
    ENTRY_NUMBER("entryNumber"),
    SENT("sent"),
    PROCESSED("processed");

    private final String key;

    PostingColumn(String key) {
        this.key = key;
    }

    /** The column's name in the message catalogue and in JSON, e.g. {@code entryNumber}. */
    public String key() {
        return key;
    }

    /** The heading a clerk reads, in Dutch, French or English. */
    public String label(Locale locale) {
        return Messages.text(locale, "overview." + key);
    }

    /** The column with this {@link #key()}. */
    public static PostingColumn ofKey(String key) {
        for (PostingColumn column : values()) {
            if (column.key.equals(key)) {
                return column;
            }
        }
        throw new IllegalArgumentException("no posting column " + key);
    }
}
