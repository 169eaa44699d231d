package io.koppel.client.model;

import java.util.UUID;

/**
 * The fields of an account Koppel writes. Null leaves a field out of the request (on update: unchanged); an
 * empty string clears it.
 *
 * @param code a customer code; the client right-aligns it in Exact's 18 characters
 */
public record AccountFields(String code, String name, String status, Boolean blocked, Address address,
                            String email, String phone, String vatNumber, String chamberOfCommerce,
                            String language, String salesCurrency, String paymentCondition, String salesVatCode,
                            UUID receivablesGlAccount, Integer invoicingMethod, String remarks,
                            String codeAtSupplier) {

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String code;
        private String name;
        private String status;
        private Boolean blocked;
        private Address address;
        private String email;
        private String phone;
        private String vatNumber;
        private String chamberOfCommerce;
        private String language;
        private String salesCurrency;
        private String paymentCondition;
        private String salesVatCode;
        private UUID receivablesGlAccount;
        private Integer invoicingMethod;
        private String remarks;
        private String codeAtSupplier;

        public Builder code(String value) { code = value; return this; }
        public Builder name(String value) { name = value; return this; }
        /** A none, S suspect, P prospect, C customer. */
        public Builder status(String value) { status = value; return this; }
        public Builder blocked(Boolean value) { blocked = value; return this; }
        public Builder address(Address value) { address = value; return this; }
        public Builder email(String value) { email = value; return this; }
        public Builder phone(String value) { phone = value; return this; }
        public Builder vatNumber(String value) { vatNumber = value; return this; }
        public Builder chamberOfCommerce(String value) { chamberOfCommerce = value; return this; }
        public Builder language(String value) { language = value; return this; }
        public Builder salesCurrency(String value) { salesCurrency = value; return this; }
        public Builder paymentCondition(String value) { paymentCondition = value; return this; }
        public Builder salesVatCode(String value) { salesVatCode = value; return this; }
        public Builder receivablesGlAccount(UUID value) { receivablesGlAccount = value; return this; }
        public Builder invoicingMethod(Integer value) { invoicingMethod = value; return this; }
        public Builder remarks(String value) { remarks = value; return this; }
        public Builder codeAtSupplier(String value) { codeAtSupplier = value; return this; }

        public AccountFields build() {
            return new AccountFields(code, name, status, blocked, address, email, phone, vatNumber,
                    chamberOfCommerce, language, salesCurrency, paymentCondition, salesVatCode,
                    receivablesGlAccount, invoicingMethod, remarks, codeAtSupplier);
        }
    }
}
