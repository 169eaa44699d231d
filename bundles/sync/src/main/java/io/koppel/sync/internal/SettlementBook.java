package io.koppel.sync.internal;

import io.koppel.api.spi.SettlementHandler;
import io.koppel.api.sync.Settlement;
import io.koppel.api.sync.SettlementKind;
import io.koppel.store.PaymentStateMapper;
import io.koppel.store.PaymentStateRow;
import io.koppel.store.SettlementRow;
import io.koppel.store.Store;
import io.koppel.store.StoreSession;
import io.koppel.store.SyncMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settlements are recorded, with what the host is now told of each document, in the transaction that decides
 * them (processing a file, an automatic run), and handed to the host's {@link SettlementHandler} afterwards. One
 * recorded and not yet delivered when a node stopped is delivered by the next delivery on any node: settling is
 * idempotent, so the host applies it once in effect, and none is lost.
 */
record SettlementBook(Store store, Clock clock, Supplier<Optional<SettlementHandler>> handler) {
    private static final Logger LOG = LoggerFactory.getLogger(SettlementBook.class);
    private static final int CHUNK = 500;

    /**
     * Records settlements in the caller's transaction; documents now settled by hand or excluded are left out.
     *
     * @param ledger the ledger of a sync file; null in automatic mode, where each goes under its host entity
     */
    static List<Settlement> record(StoreSession session, String syncFileId, String ledger, List<Settlement> settlements,
                                   Instant now) {
        PaymentStateMapper states = session.mapper(PaymentStateMapper.class);
        List<Settlement> recorded = new ArrayList<>();
        List<SettlementRow> rows = new ArrayList<>();
        for (Settlement s : settlements) {
            PaymentStateRow state = states.findState(s.documentNumber());
            if (state != null && !"KOPPEL".equals(state.handling())) {
                continue;
            }
            if (state == null) {
                states.insertState(new PaymentStateRow(s.documentNumber(), s.hostEntity(), s.hostInvoiceId(), "POSTED",
                        s.exactEntryNumber(), s.ogm(), s.invoiceAmount(), "KOPPEL", s.kind().name(),
                        s.outstandingAmount(), s.writtenOffAmount(), now));
            } else {
                states.updateSettled(s.documentNumber(), s.kind().name(), s.outstandingAmount(), s.writtenOffAmount(), now);
            }
            rows.add(new SettlementRow(UUID.randomUUID().toString(), syncFileId, ledger != null ? ledger : s.hostEntity(),
                    s.hostEntity(),
                    s.documentNumber(), s.hostInvoiceId(), s.exactEntryNumber(), s.ogm(), s.kind().name(),
                    s.invoiceAmount(), s.outstandingAmount(), s.writtenOffAmount(), s.paymentDate(), now, null));
            recorded.add(s);
            if (rows.size() == CHUNK) {
                session.mapper(SyncMapper.class).insertSettlements(rows);
                rows = new ArrayList<>();
            }
        }
        if (!rows.isEmpty()) {
            session.mapper(SyncMapper.class).insertSettlements(rows);
        }
        return recorded;
    }

    /**
     * Hands every recorded settlement not yet delivered to the host, by ledger and payment date, and marks them
     * delivered. Without a SettlementHandler they wait.
     *
     * @return how many were delivered
     */
    synchronized int deliver() {
        Optional<SettlementHandler> host = handler.get();
        if (host.isEmpty()) {
            return 0;
        }
        int delivered = 0;
        while (true) {
            List<SettlementRow> due = store.transaction(s -> s.mapper(SyncMapper.class).undelivered(CHUNK));
            if (due.isEmpty()) {
                return delivered;
            }
            Map<String, List<SettlementRow>> byLedgerAndDate = new LinkedHashMap<>();
            for (SettlementRow row : due) {
                byLedgerAndDate.computeIfAbsent(row.ledger() + "\n" + date(row), k -> new ArrayList<>()).add(row);
            }
            for (List<SettlementRow> group : byLedgerAndDate.values()) {
                SettlementRow first = group.get(0);
                try {
                    host.get().settle(first.ledger(), group.stream().map(SettlementBook::settlement).toList(), date(first));
                } catch (RuntimeException e) {
                    LOG.warn("The host's SettlementHandler refused {} settlements of {}: {}; delivered again later",
                            group.size(), first.ledger(), e.toString());
                    return delivered;
                }
                List<String> ids = group.stream().map(SettlementRow::id).toList();
                Instant now = clock.instant();
                store.execute(s -> s.mapper(SyncMapper.class).markDelivered(ids, now));
                delivered += group.size();
            }
        }
    }

    private LocalDate date(SettlementRow row) {
        return row.paymentDate() != null ? row.paymentDate() : LocalDate.ofInstant(row.recordedAt(), ZoneOffset.UTC);
    }

    static Settlement settlement(SettlementRow row) {
        return new Settlement(row.hostInvoiceId(), row.documentNumber(),
                row.exactEntryNumber() == null ? 0 : row.exactEntryNumber(), row.ogm(), SettlementKind.valueOf(row.kind()),
                row.invoiceAmount(), row.outstanding(), row.writtenOff(), row.paymentDate(), row.hostEntity());
    }
}
