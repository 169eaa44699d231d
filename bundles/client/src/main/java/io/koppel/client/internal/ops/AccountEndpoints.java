package io.koppel.client.internal.ops;

import io.koppel.client.internal.wire.JsonBody;
import io.koppel.client.internal.wire.JsonRecord;
import io.koppel.client.model.Account;
import io.koppel.client.model.AccountFields;
import io.koppel.client.model.Address;
import io.koppel.client.model.BankAccount;
import io.koppel.client.model.Mandate;
import io.koppel.client.model.NewBankAccount;
import io.koppel.client.model.NewMandate;
import java.util.List;

/**
 * Customers with what direct debit needs: {@code crm/Accounts}, {@code crm/BankAccounts}, mandates; how their
 * records read and how new ones are written.
 */
final class AccountEndpoints {
    /** Exact keeps account codes right-aligned in this many characters. */
    static final int CODE_WIDTH = 18;

    static final Endpoint<Account> ACCOUNTS = new Endpoint<>("crm/Accounts", List.of("ID", "Code", "Name",
            "Status", "Blocked", "AddressLine1", "AddressLine2", "AddressLine3", "Postcode", "City", "State",
            "Country", "Email", "Phone", "VATNumber", "ChamberOfCommerce", "Language", "SalesCurrency",
            "PaymentConditionSales", "SalesVATCode", "GLAR", "InvoiceAccount", "InvoicingMethod", "Remarks",
            "CodeAtSupplier", "Modified"),
            AccountEndpoints::account);
    static final Endpoint<BankAccount> BANK_ACCOUNTS = new Endpoint<>("crm/BankAccounts", List.of("ID", "Account",
            "BankAccount", "BICCode", "BankAccountHolderName", "Main", "Blocked", "Description"),
            AccountEndpoints::bankAccount);
    static final Endpoint<Mandate> MANDATES = new Endpoint<>("cashflow/DirectDebitMandates", List.of("ID",
            "Account", "BankAccount", "Reference", "SignatureDate", "CancellationDate", "Type", "PaymentType",
            "FirstSend", "Main", "Description"), AccountEndpoints::mandate);

    private AccountEndpoints() {
    }

    static JsonBody body(NewBankAccount bankAccount) {
        return new JsonBody()
                .uuid("Account", bankAccount.account())
                .text("BankAccount", bankAccount.number())
                .text("BICCode", bankAccount.bic())
                .text("BankAccountHolderName", bankAccount.holderName())
                .flag("Main", bankAccount.main())
                .text("Description", bankAccount.description());
    }

    static JsonBody body(NewMandate mandate) {
        return new JsonBody()
                .uuid("Account", mandate.account())
                .uuid("BankAccount", mandate.bankAccount())
                .text("Reference", mandate.reference())
                .date("SignatureDate", mandate.signatureDate())
                .integer("Type", mandate.type())
                .integer("PaymentType", mandate.paymentType())
                .byteFlag("FirstSend", mandate.firstSend())
                .byteFlag("Main", mandate.main())
                .text("Description", mandate.description());
    }

    static JsonBody body(AccountFields fields) {
        JsonBody body = new JsonBody()
                .text("Code", fields.code() == null ? null : padCode(fields.code()))
                .text("Name", fields.name())
                .text("Status", fields.status())
                .flag("Blocked", fields.blocked())
                .text("Email", fields.email())
                .text("Phone", fields.phone())
                .text("VATNumber", fields.vatNumber())
                .text("ChamberOfCommerce", fields.chamberOfCommerce())
                .text("Language", fields.language())
                .text("SalesCurrency", fields.salesCurrency())
                .text("PaymentConditionSales", fields.paymentCondition())
                .text("SalesVATCode", fields.salesVatCode())
                .uuid("GLAR", fields.receivablesGlAccount())
                .integer("InvoicingMethod", fields.invoicingMethod())
                .text("Remarks", fields.remarks())
                .text("CodeAtSupplier", fields.codeAtSupplier());
        Address address = fields.address();
        if (address != null) {
            body.text("AddressLine1", address.line1())
                    .text("AddressLine2", address.line2())
                    .text("AddressLine3", address.line3())
                    .text("Postcode", address.postcode())
                    .text("City", address.city())
                    .text("State", address.state())
                    .text("Country", address.country());
        }
        return body;
    }

    /** Right-aligns a code as Exact stores it, as other clients do when they post one. */
    static String padCode(String code) {
        String trimmed = code.trim();
        return trimmed.isEmpty() || trimmed.length() >= CODE_WIDTH ? trimmed
                : " ".repeat(CODE_WIDTH - trimmed.length()) + trimmed;
    }

    private static Account account(JsonRecord r) {
        Address address = new Address(r.text("AddressLine1"), r.text("AddressLine2"), r.text("AddressLine3"),
                r.code("Postcode"), r.text("City"), r.code("State"), r.code("Country"));
        return new Account(r.uuid("ID"), r.code("Code"), r.text("Name"), r.code("Status"), r.flag("Blocked"),
                address, r.text("Email"), r.text("Phone"), r.code("VATNumber"), r.code("ChamberOfCommerce"),
                r.code("Language"), r.code("SalesCurrency"), r.code("PaymentConditionSales"),
                r.code("SalesVATCode"), r.uuid("GLAR"), r.uuid("InvoiceAccount"), r.integer("InvoicingMethod"),
                r.text("Remarks"), r.code("CodeAtSupplier"), r.instant("Modified"));
    }

    private static BankAccount bankAccount(JsonRecord r) {
        return new BankAccount(r.uuid("ID"), r.uuid("Account"), r.code("BankAccount"), r.code("BICCode"),
                r.text("BankAccountHolderName"), r.flag("Main"), r.flag("Blocked"), r.text("Description"));
    }

    private static Mandate mandate(JsonRecord r) {
        return new Mandate(r.uuid("ID"), r.uuid("Account"), r.uuid("BankAccount"), r.code("Reference"),
                r.date("SignatureDate"), r.date("CancellationDate"), r.integer("Type"), r.integer("PaymentType"),
                r.flag("FirstSend"), r.flag("Main"), r.text("Description"));
    }
}
