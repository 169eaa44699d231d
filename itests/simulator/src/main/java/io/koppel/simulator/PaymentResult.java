package io.koppel.simulator;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The outcome of a payment control call.
 *
 * @param paymentId        the receipt created (or reversed)
 * @param receivableId     the outstanding item's ID (cashflow/Receivables)
 * @param outstanding      what is still open on the entry afterwards
 * @param fullyPaid        whether the entry is settled
 * @param excessReceivable the ID of the negative item an overpayment left on the customer, or null
 */
public record PaymentResult(UUID paymentId, UUID receivableId, BigDecimal outstanding, boolean fullyPaid,
                            UUID excessReceivable) {
}
