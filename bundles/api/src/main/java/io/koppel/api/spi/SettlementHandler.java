package io.koppel.api.spi;

import io.koppel.api.sync.Settlement;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The host's side of payment sync: marks its invoices paid, partially paid or open again. Koppel calls it when
 * a sync file is processed, or on its own in automatic mode. Settlements are idempotent: applying the same one
 * twice must leave the invoice as applying it once.
 */
@ConsumerType
public interface SettlementHandler {

    /**
     * Applies settlements to the host's invoices. The payment date to record is {@code paymentDate} (the sync
     * file's date), or a settlement's own {@link Settlement#paymentDate()} when it has one.
     *
     * @param ledger the host ledger the settlements are for
     * @param settlements what changes
     * @param paymentDate the date to record the payments on
     */
    void settle(String ledger, List<Settlement> settlements, java.time.LocalDate paymentDate);
}
