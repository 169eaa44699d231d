package io.koppel.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of {@code koppel_settlement}: one settlement handed (or to be handed) to the host.
 *
 * @param syncFileId  the sync file it came in, null in automatic mode
 * @param deliveredAt when the host's SettlementHandler took it, null until then
 */
public record SettlementRow(
        String id,
        String syncFileId,
        String ledger,
        String hostEntity,
        String documentNumber,
        String hostInvoiceId,
        Integer exactEntryNumber,
        String ogm,
        String kind,
        BigDecimal invoiceAmount,
        BigDecimal outstanding,
        BigDecimal writtenOff,
        LocalDate paymentDate,
        Instant recordedAt,
        Instant deliveredAt) {
}
