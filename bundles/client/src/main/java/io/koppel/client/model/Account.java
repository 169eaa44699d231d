package io.koppel.client.model;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer or other relation ({@code crm/Accounts}).
 *
 * @param code                 trimmed (Exact keeps it right-aligned in 18 characters)
 * @param status               A none, S suspect, P prospect, C customer
 * @param paymentCondition     the sales payment condition code
 * @param receivablesGlAccount Exact's GLAR: the accounts receivable GL account
 */
public record Account(UUID id, String code, String name, String status, boolean blocked, Address address,
                      String email, String phone, String vatNumber, String chamberOfCommerce, String language,
                      String salesCurrency, String paymentCondition, String salesVatCode,
                      UUID receivablesGlAccount, UUID invoiceAccount, Integer invoicingMethod, String remarks,
                      String codeAtSupplier, Instant modified) {
}
