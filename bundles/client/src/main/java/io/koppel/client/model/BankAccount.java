package io.koppel.client.model;

import java.util.UUID;

/**
 * A bank account of an account ({@code crm/BankAccounts}).
 *
 * @param number the IBAN or other account number (Exact's BankAccount field)
 */
public record BankAccount(UUID id, UUID account, String number, String bic, String holderName, boolean main,
                          boolean blocked, String description) {
}
