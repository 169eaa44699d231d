package io.koppel.store;

import java.math.BigDecimal;

/** Money a customer paid that no document of Koppel's takes: open receipt terms below zero of an account. */
public record UnallocatedCreditRow(String account, String accountCode, BigDecimal amount) {
}
