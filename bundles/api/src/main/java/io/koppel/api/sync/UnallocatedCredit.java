package io.koppel.api.sync;

import java.math.BigDecimal;

/**
 * Money a customer paid that no document takes (an overpayment): open in Exact on the customer's account.
 *
 * @param exactAccountCode the customer's code in Exact
 * @param amount what is paid and not allocated, positive
 */
public record UnallocatedCredit(String hostEntity, String exactAccountCode, BigDecimal amount) {
}
