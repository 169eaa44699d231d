package io.koppel.simulator.internal.entities;

import io.koppel.simulator.internal.model.EntitySchema;

import static io.koppel.simulator.internal.model.EdmType.BINARY;
import static io.koppel.simulator.internal.model.EdmType.BOOLEAN;
import static io.koppel.simulator.internal.model.EdmType.BYTE;
import static io.koppel.simulator.internal.model.EdmType.DATETIME;
import static io.koppel.simulator.internal.model.EdmType.DOUBLE;
import static io.koppel.simulator.internal.model.EdmType.GUID;
import static io.koppel.simulator.internal.model.EdmType.INT16;
import static io.koppel.simulator.internal.model.EdmType.INT32;
import static io.koppel.simulator.internal.model.EdmType.INT64;
import static io.koppel.simulator.internal.model.EdmType.STRING;

/**
 * Field names, Edm types and GET-only markers of the simulated entities, after Exact's documentation as
 * copied in the reference (section 4). Only the fields Koppel may touch, plus the usual audit fields.
 */
public final class Schemas {
    private Schemas() {
    }

    public static final EntitySchema ME = EntitySchema.builder("Exact.Web.Api.System.Me", "UserID")
            .ro("UserID", GUID).ro("CurrentDivision", INT32).ro("AccountingDivision", INT32)
            .ro("DivisionCustomer", GUID).ro("DivisionCustomerCode", STRING).ro("DivisionCustomerName", STRING)
            .ro("DivisionCustomerVatNumber", STRING).ro("Email", STRING).ro("FullName", STRING)
            .ro("LanguageCode", STRING).ro("Legislation", INT64).ro("PackageCode", STRING).ro("ServerTime", STRING)
            .ro("ServerUtcOffset", DOUBLE).ro("UserName", STRING)
            .build();

    public static final EntitySchema DIVISION = EntitySchema.builder("Exact.Web.Api.Models.System.Division", "Code")
            .ro("Code", INT32).ro("Description", STRING).ro("Hid", INT64).ro("Current", BOOLEAN).ro("Status", INT32)
            .ro("Country", STRING).ro("Currency", STRING).ro("DivisionMoveDate", DATETIME).ro("BlockingStatus", INT32)
            .ro("Created", DATETIME).ro("Modified", DATETIME)
            .build();

    public static final EntitySchema GL_ACCOUNT = EntitySchema.builder("Exact.Web.Api.Models.GLAccount", "ID")
            .ro("ID", GUID).rw("Code", STRING).rw("Description", STRING).rw("Type", INT32).ro("TypeDescription", STRING)
            .rw("IsBlocked", BOOLEAN).rw("BalanceSide", STRING).rw("BalanceType", STRING).rw("VATCode", STRING)
            .rw("UseCostcenter", BYTE).rw("UseCostunit", BYTE).rw("Costcenter", STRING)
            .ro("CostcenterDescription", STRING).rw("Costunit", STRING).ro("CostunitDescription", STRING)
            .rw("SearchCode", STRING).divisionAuditFields()
            .build();

    public static final EntitySchema JOURNAL = EntitySchema.builder("Exact.Web.Api.Models.Journal", "ID")
            .ro("ID", GUID).rw("Code", STRING).rw("Description", STRING).rw("Type", INT32).ro("TypeDescription", STRING)
            .rw("GLAccount", GUID).ro("GLAccountCode", STRING).ro("GLAccountDescription", STRING)
            .ro("GLAccountType", INT32).rw("IsBlocked", BOOLEAN).rw("Currency", STRING)
            .rw("AllowVariableCurrency", BOOLEAN).divisionAuditFields()
            .build();

    public static final EntitySchema VAT_CODE = EntitySchema.builder("Exact.Web.Api.Models.VATCode", "ID")
            .ro("ID", GUID).rw("Code", STRING).rw("Description", STRING).rw("Percentage", DOUBLE)
            .rw("IsBlocked", BOOLEAN).divisionAuditFields()
            .build();

    public static final EntitySchema COSTCENTER = costSchema("Exact.Web.Api.Models.HRM.Costcenter");
    public static final EntitySchema COSTUNIT = costSchema("Exact.Web.Api.Models.HRM.Costunit");

    private static EntitySchema costSchema(String type) {
        return EntitySchema.builder(type, "ID")
                .ro("ID", GUID).rw("Code", STRING).rw("Description", STRING).rw("EndDate", DATETIME)
                .divisionAuditFields()
                .build();
    }

    public static final EntitySchema FINANCIAL_PERIOD = EntitySchema.builder("Exact.Web.Api.Models.Financial.FinancialPeriod", "ID")
            .ro("ID", GUID).ro("FinYear", INT16).ro("FinPeriod", INT16).ro("StartDate", DATETIME).ro("EndDate", DATETIME)
            .divisionAuditFields()
            .build();

    public static final EntitySchema ACCOUNT = EntitySchema.builder("Exact.Web.Api.Models.Account", "ID")
            .ro("ID", GUID).rw("Code", STRING).rw("Name", STRING).rw("SearchCode", STRING).rw("Status", STRING)
            .ro("Type", STRING).ro("IsSales", BOOLEAN).rw("IsSupplier", BOOLEAN).rw("Blocked", BOOLEAN)
            .rw("AddressLine1", STRING).rw("AddressLine2", STRING).rw("AddressLine3", STRING)
            .rw("Postcode", STRING).rw("City", STRING).rw("State", STRING).rw("Country", STRING)
            .rw("Email", STRING).rw("Phone", STRING).rw("Website", STRING).rw("VATNumber", STRING)
            .rw("ChamberOfCommerce", STRING).rw("Remarks", STRING).rw("CodeAtSupplier", STRING)
            .rw("Language", STRING).rw("SalesCurrency", STRING).rw("PaymentConditionSales", STRING)
            .rw("SalesVATCode", STRING).rw("GLAR", GUID).rw("InvoiceAccount", GUID).rw("InvoicingMethod", INT32)
            .rw("StartDate", DATETIME).rw("EndDate", DATETIME)
            .divisionAuditFields()
            .build();

    public static final EntitySchema BANK_ACCOUNT = EntitySchema.builder("Exact.Web.Api.Models.BankAccount", "ID")
            .ro("ID", GUID).rw("Account", GUID).ro("AccountCode", STRING).ro("AccountName", STRING)
            .rw("BankAccount", STRING).rw("BankAccountHolderName", STRING).rw("BICCode", STRING)
            .rw("Blocked", BOOLEAN).rw("Description", STRING).ro("Format", STRING).ro("IBAN", STRING)
            .rw("Main", BOOLEAN).ro("Type", STRING).ro("TypeDescription", STRING)
            .divisionAuditFields()
            .build();

    public static final EntitySchema MANDATE = EntitySchema.builder("Exact.Web.Api.Models.Cashflow.DirectDebitMandate", "ID")
            .ro("ID", GUID).rw("Account", GUID).rw("BankAccount", GUID).rw("Reference", STRING)
            .rw("SignatureDate", DATETIME).rw("CancellationDate", DATETIME).rw("Type", INT16)
            .rw("PaymentType", INT16).rw("FirstSend", BYTE).rw("Main", BYTE).rw("Description", STRING)
            .rw("Attachment", BINARY).rw("AttachmentFileName", STRING)
            .divisionAuditFields()
            .build();

    public static final EntitySchema SALES_ENTRY_LINE = EntitySchema.builder("Exact.Web.Api.Models.SalesEntryLine", "ID")
            .ro("ID", GUID).rw("EntryID", GUID).ro("LineNumber", INT32).rw("GLAccount", GUID)
            .ro("GLAccountCode", STRING).ro("GLAccountDescription", STRING).rw("AmountFC", DOUBLE).ro("AmountDC", DOUBLE)
            .rw("VATCode", STRING).rw("VATAmountFC", DOUBLE).ro("VATAmountDC", DOUBLE).rw("VATPercentage", DOUBLE)
            .rw("CostCenter", STRING).ro("CostCenterDescription", STRING).rw("CostUnit", STRING)
            .ro("CostUnitDescription", STRING).rw("Description", STRING).rw("Quantity", DOUBLE).rw("Notes", STRING)
            .rw("From", DATETIME).rw("To", DATETIME).rw("Project", GUID).ro("Type", INT32).ro("Division", INT32)
            .build();

    public static final EntitySchema SALES_ENTRY = EntitySchema.builder("Exact.Web.Api.Models.SalesEntry", "EntryID")
            .ro("EntryID", GUID).rw("Customer", GUID).ro("CustomerName", STRING).rw("Journal", STRING)
            .ro("JournalDescription", STRING).rw("EntryDate", DATETIME).rw("DueDate", DATETIME)
            .rw("ReportingPeriod", INT16).rw("ReportingYear", INT16).rw("EntryNumber", INT32)
            .rw("InvoiceNumber", INT32).rw("YourRef", STRING).rw("PaymentReference", STRING)
            .rw("PaymentCondition", STRING).rw("Description", STRING).rw("Currency", STRING).rw("Rate", DOUBLE)
            .rw("Document", GUID).ro("DocumentSubject", STRING).rw("ExternalLinkReference", STRING)
            .rw("BatchNumber", INT32).rw("OrderNumber", INT32).rw("VATAmountFC", DOUBLE).ro("VATAmountDC", DOUBLE)
            .ro("AmountDC", DOUBLE).ro("AmountFC", DOUBLE).rw("GAccountAmountFC", DOUBLE).ro("Type", INT32)
            .ro("TypeDescription", STRING).ro("Status", INT16).ro("StatusDescription", STRING).rw("Reversal", BOOLEAN)
            .divisionAuditFields()
            .navigation("SalesEntryLines")
            .build();

    public static final EntitySchema RECEIVABLE = EntitySchema.builder("Exact.Web.Api.Models.Cashflow.Receivable", "ID")
            .ro("ID", GUID).ro("Account", GUID).ro("AccountCode", STRING).ro("AccountName", STRING)
            .ro("AmountDC", DOUBLE).ro("AmountFC", DOUBLE).ro("TransactionAmountDC", DOUBLE)
            .ro("TransactionAmountFC", DOUBLE).ro("Currency", STRING).rw("Description", STRING).ro("DueDate", DATETIME)
            .ro("EntryDate", DATETIME).ro("EntryNumber", INT32).ro("InvoiceDate", DATETIME).ro("InvoiceNumber", INT32)
            .ro("IsFullyPaid", BOOLEAN).ro("Journal", STRING).ro("JournalDescription", STRING)
            .ro("LastPaymentDate", DATETIME).rw("PaymentMethod", STRING).rw("PaymentReference", STRING)
            .ro("Status", INT16).ro("TransactionEntryID", GUID).ro("TransactionID", GUID).ro("TransactionType", INT32)
            .ro("YourRef", STRING).ro("EndDate", DATETIME).ro("EndPeriod", INT16).ro("EndYear", INT16)
            .ro("Source", INT32).ro("DirectDebitMandate", GUID).divisionAuditFields()
            .build();

    public static final EntitySchema RECEIVABLES_LIST = EntitySchema.builder("Exact.Web.Api.Models.Read.Financial.ReceivablesListItem", "HID")
            .ro("HID", INT64).ro("AccountId", GUID).ro("AccountCode", STRING).ro("AccountName", STRING)
            .ro("Amount", DOUBLE).ro("AmountInTransit", DOUBLE).ro("CurrencyCode", STRING).ro("Description", STRING)
            .ro("DueDate", DATETIME).ro("EntryNumber", INT32).ro("Id", GUID).ro("InvoiceDate", DATETIME)
            .ro("InvoiceNumber", INT32).ro("JournalCode", STRING).ro("JournalDescription", STRING).ro("YourRef", STRING)
            .build();

    public static final EntitySchema DOCUMENT = EntitySchema.builder("Exact.Web.Api.Models.Documents.Document", "ID")
            .ro("ID", GUID).rw("Subject", STRING).rw("Type", INT32).ro("TypeDescription", STRING).rw("Account", GUID)
            .ro("AccountName", STRING).rw("DocumentDate", DATETIME).rw("FinancialTransactionEntryID", GUID)
            .rw("SalesInvoiceNumber", INT32).ro("HID", INT32).rw("DocumentFolder", GUID).rw("Category", GUID)
            .rw("Body", STRING).divisionAuditFields()
            .build();

    public static final EntitySchema DOCUMENT_ATTACHMENT = EntitySchema.builder("Exact.Web.Api.Models.Documents.DocumentAttachment", "ID")
            .ro("ID", GUID).rw("Attachment", BINARY).rw("Document", GUID).rw("FileName", STRING)
            .ro("FileSize", DOUBLE).ro("Url", STRING).ro("Division", INT32)
            .build();

    public static final EntitySchema WEBHOOK_SUBSCRIPTION = EntitySchema.builder("Exact.Web.Api.Models.Webhooks.WebhookSubscription", "ID")
            .ro("ID", GUID).rw("CallbackURL", STRING).rw("Topic", STRING).rw("Description", STRING)
            .ro("ClientID", GUID).ro("UserID", GUID).ro("Division", INT32).ro("Created", DATETIME)
            .build();

    /** sync/Cashflow/PaymentTerms: keyed by the rowversion Timestamp; LineType 20 receipt, 22 payment. */
    public static final EntitySchema PAYMENT_TERM = EntitySchema.builder("Exact.Web.Api.Models.Sync.Cashflow.PaymentTerm", "Timestamp")
            .ro("Timestamp", INT64).ro("ID", GUID).ro("Account", GUID).ro("AccountCode", STRING).ro("AccountName", STRING)
            .ro("AmountDC", DOUBLE).ro("AmountFC", DOUBLE).ro("AmountDiscountDC", DOUBLE).ro("AmountDiscountFC", DOUBLE)
            .ro("Currency", STRING).ro("Description", STRING).ro("DirectDebitMandate", GUID).ro("DueDate", DATETIME)
            .ro("EndDate", DATETIME).ro("EndPeriod", INT16).ro("EndYear", INT16).ro("EntryDate", DATETIME)
            .ro("EntryID", GUID).ro("EntryNumber", INT32).ro("InvoiceDate", DATETIME).ro("InvoiceNumber", INT32)
            .ro("IsFullyPaid", BOOLEAN).ro("Journal", STRING).ro("JournalDescription", STRING)
            .ro("LastPaymentDate", DATETIME).ro("LineType", INT16).ro("PaymentMethod", STRING)
            .ro("PaymentReference", STRING).ro("Status", INT16).ro("TransactionEntryID", GUID)
            .ro("TransactionID", GUID).ro("YourRef", STRING).divisionAuditFields()
            .build();

    /** sync/Deleted: EntityType 1 TransactionLines, 2 Accounts, ... 10 PaymentTerms; kept two months. */
    public static final EntitySchema DELETED = EntitySchema.builder("Exact.Web.Api.Models.Sync.Deleted", "Timestamp")
            .ro("Timestamp", INT64).ro("ID", GUID).ro("EntityKey", GUID).ro("EntityType", INT16)
            .ro("DeletedBy", GUID).ro("DeletedDate", DATETIME).ro("Division", INT32)
            .build();
}
