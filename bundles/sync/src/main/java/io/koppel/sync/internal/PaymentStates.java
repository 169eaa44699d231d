package io.koppel.sync.internal;

import io.koppel.api.KoppelException;
import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.api.sync.MigratedDocument;
import io.koppel.api.sync.PaymentHandling;
import io.koppel.store.PaymentStateMapper;
import io.koppel.store.PaymentStateRow;
import io.koppel.store.PostingMapper;
import io.koppel.store.PostingRow;
import io.koppel.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/** The documents payment sync takes part in besides Koppel's postings, and who settles each. */
record PaymentStates(Store store, Clock clock) {

    void registerMigrated(MigratedDocument document) {
        Instant now = clock.instant();
        store.execute(s -> {
            PaymentStateMapper states = s.mapper(PaymentStateMapper.class);
            PaymentStateRow existing = states.findState(document.documentNumber());
            if (existing != null || s.mapper(PostingMapper.class).find(document.documentNumber()) != null) {
                throw new IllegalArgumentException("document " + document.documentNumber() + " is known to Koppel already"
                        + (existing == null ? "" : " (" + existing.origin().toLowerCase(Locale.ROOT) + ")"));
            }
            states.insertState(new PaymentStateRow(document.documentNumber(), document.hostEntity(),
                    document.hostInvoiceId(), "MIGRATED", document.exactEntryNumber(), document.ogm(), document.amount(),
                    "KOPPEL", null, null, null, now));
        });
    }

    void setHandling(String documentNumber, PaymentHandling handling) {
        Instant now = clock.instant();
        store.execute(s -> {
            PaymentStateMapper states = s.mapper(PaymentStateMapper.class);
            if (states.findState(documentNumber) != null) {
                states.updateHandling(documentNumber, handling.name(), now);
                return;
            }
            PostingRow posting = s.mapper(PostingMapper.class).find(documentNumber);
            if (posting == null) {
                throw new KoppelException(Reason.of(ReasonCode.SYNC_DOCUMENT_UNKNOWN, documentNumber));
            }
            states.insertState(new PaymentStateRow(documentNumber, posting.hostEntity(), posting.hostInvoiceId(), "POSTED",
                    posting.exactEntryNumber(), posting.ogm(), posting.amount(), handling.name(), null, null, null, now));
        });
    }
}
