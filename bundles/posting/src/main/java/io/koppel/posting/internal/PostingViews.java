package io.koppel.posting.internal;

import io.koppel.api.posting.Posting;
import io.koppel.store.PostingRow;
import java.util.Optional;

/** The overview's row of a stored posting. */
final class PostingViews {
    private PostingViews() {
    }

    static Posting view(PostingRow row) {
        return new Posting(row.documentNumber(), row.hostInvoiceId(), row.hostEntity(), row.personName(), row.title(),
                row.documentType(), row.amount(), row.ogm(), row.status(), Optional.ofNullable(row.reason()),
                Optional.ofNullable(row.exactEntryNumber()), row.attempts(), row.sentAt(),
                Optional.ofNullable(row.processedAt()));
    }
}
