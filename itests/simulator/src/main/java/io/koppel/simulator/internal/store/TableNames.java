package io.koppel.simulator.internal.store;

/** Names of the per-division tables. */
public final class TableNames {
    public static final String GL_ACCOUNTS = "GLAccounts";
    public static final String JOURNALS = "Journals";
    public static final String COSTCENTERS = "Costcenters";
    public static final String COSTUNITS = "Costunits";
    public static final String FINANCIAL_PERIODS = "FinancialPeriods";
    public static final String VAT_CODES = "VATCodes";
    public static final String ACCOUNTS = "Accounts";
    public static final String BANK_ACCOUNTS = "BankAccounts";
    public static final String MANDATES = "DirectDebitMandates";
    public static final String SALES_ENTRIES = "SalesEntries";
    public static final String SALES_ENTRY_LINES = "SalesEntryLines";
    /** Outstanding items, the source of ReceivablesList, cashflow/Receivables and bulk/Cashflow/Receivables. */
    public static final String RECEIVABLES = "Receivables";
    public static final String PAYMENTS = "Payments";
    public static final String DOCUMENTS = "Documents";
    public static final String DOCUMENT_ATTACHMENTS = "DocumentAttachments";
    public static final String WEBHOOK_SUBSCRIPTIONS = "WebhookSubscriptions";
    /** Payment terms of the receivables (sync/Cashflow/PaymentTerms), keyed by ID, each with its Timestamp. */
    public static final String PAYMENT_TERMS = "PaymentTerms";
    /** Deleted records as sync/Deleted reports them, keyed by ID. */
    public static final String DELETED = "Deleted";

    private TableNames() {
    }
}
