package io.koppel.client;

import io.koppel.client.model.Account;
import io.koppel.client.model.AccountChanges;
import io.koppel.client.model.BankAccount;
import io.koppel.client.model.CostCode;
import io.koppel.client.model.DeletedRecord;
import io.koppel.client.model.Division;
import io.koppel.client.model.Document;
import io.koppel.client.model.DocumentAttachment;
import io.koppel.client.model.FinancialPeriod;
import io.koppel.client.model.GlAccount;
import io.koppel.client.model.Journal;
import io.koppel.client.model.Mandate;
import io.koppel.client.model.Me;
import io.koppel.client.model.NewAccount;
import io.koppel.client.model.NewAttachment;
import io.koppel.client.model.NewBankAccount;
import io.koppel.client.model.NewDocument;
import io.koppel.client.model.NewMandate;
import io.koppel.client.model.NewSalesEntry;
import io.koppel.client.model.NewWebhookSubscription;
import io.koppel.client.model.PaymentTerm;
import io.koppel.client.model.Receivable;
import io.koppel.client.model.ReceivablesListItem;
import io.koppel.client.model.SalesEntry;
import io.koppel.client.model.SalesEntryQuery;
import io.koppel.client.model.SyncPage;
import io.koppel.client.model.WebhookSubscription;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Typed operations on Exact Online's REST API.
 *
 * <p>Every call is made in the {@link CallContext}'s division. Calls to one division never overlap, across all
 * threads of this JVM, and wait for Exact's rate limits instead of earning a 429; a 429 that comes anyway is
 * waited out and retried. Lists follow Exact's paging to the end, so they may take several requests.
 *
 * <p>Failures: {@link ExactAuthorizationException} (a 401 or 403; not retried), {@link ExactRateLimitException}
 * (a limit is spent for longer than the configured wait), {@link ExactValidationException},
 * {@link ExactNotFoundException}, {@link ExactTransientException}.
 */
@ProviderType
public interface ExactClient {

    /** The user the access token belongs to; the only call without a division in its URL. */
    Me me(CallContext ctx);

    /** The divisions the user gave the app access to. */
    List<Division> divisions(CallContext ctx);

    List<GlAccount> glAccounts(CallContext ctx);

    List<Journal> journals(CallContext ctx);

    List<CostCode> costCenters(CallContext ctx);

    List<CostCode> costUnits(CallContext ctx);

    List<FinancialPeriod> financialPeriods(CallContext ctx);

    /** The division's VAT codes, to check a VAT code before a sales entry line names it. */
    List<io.koppel.client.model.VatCode> vatCodes(CallContext ctx);

    /** @throws ExactNotFoundException when there is no such account */
    Account account(CallContext ctx, UUID id);

    /** The accounts whose code is {@code code}, ignoring Exact's padding. */
    List<Account> accountsByCode(CallContext ctx, String code);

    /**
     * The accounts matching a filter, e.g. {@code CodeAtSupplier eq '...'}. Exact refuses an unfiltered read of
     * accounts, so the filter must not be {@link ODataFilter#none()}.
     */
    List<Account> findAccounts(CallContext ctx, ODataFilter filter);

    Account createAccount(CallContext ctx, NewAccount account);

    void updateAccount(CallContext ctx, UUID id, AccountChanges changes);

    List<BankAccount> bankAccounts(CallContext ctx, UUID account);

    BankAccount createBankAccount(CallContext ctx, NewBankAccount bankAccount);

    List<Mandate> mandates(CallContext ctx, UUID account);

    Mandate createMandate(CallContext ctx, NewMandate mandate);

    /**
     * Books a sales entry with its lines and returns it as Exact stored it (EntryID, EntryNumber, lines).
     * After an {@link ExactTransientException} that {@link ExactTransientException#mayHaveReachedExact() may have
     * reached Exact}, look the entry up by YourRef before posting again.
     */
    SalesEntry createSalesEntry(CallContext ctx, NewSalesEntry entry);

    /** The sales entries matching every given criterion, without their lines. */
    List<SalesEntry> findSalesEntries(CallContext ctx, SalesEntryQuery query);

    /** One sales entry with its lines. @throws ExactNotFoundException when there is no such entry */
    SalesEntry salesEntry(CallContext ctx, UUID entryId);

    /** Links a document (with its attachments) to a booked sales entry. */
    void linkDocumentToSalesEntry(CallContext ctx, UUID entryId, UUID documentId);

    /**
     * Outstanding items ({@code read/financial/ReceivablesList}), e.g. filtered on {@code AccountId},
     * {@code YourRef}, {@code EntryNumber} or {@code DueDate}.
     */
    List<ReceivablesListItem> receivablesList(CallContext ctx, ODataFilter filter);

    /**
     * Receivables through the bulk endpoint (1,000 a page). Exact filters bulk only on some fields: Account,
     * EntryID, InvoiceNumber, Status, TransactionID, EntryDate, ... ({@code bulk/Cashflow/Receivables}).
     */
    List<Receivable> bulkReceivables(CallContext ctx, ODataFilter filter);

    /** Receivables ({@code cashflow/Receivables}), e.g. filtered on {@code TransactionEntryID} or {@code YourRef}. */
    List<Receivable> cashflowReceivables(CallContext ctx, ODataFilter filter);

    /**
     * The payment terms (receipts and payments) changed after {@code timestamp}, one page of up to 1,000 in
     * Timestamp order ({@code sync/Cashflow/PaymentTerms}); ask with 1 the first time. Ask again after the
     * page's {@link SyncPage#lastTimestamp()} while {@link SyncPage#more()}.
     */
    SyncPage<PaymentTerm> paymentTermsSince(CallContext ctx, long timestamp);

    /** Records deleted after {@code timestamp}, of every entity type, one page ({@code sync/Deleted}). */
    SyncPage<DeletedRecord> deletedSince(CallContext ctx, long timestamp);

    Document createDocument(CallContext ctx, NewDocument document);

    /** @throws ExactNotFoundException when there is no such document */
    Document document(CallContext ctx, UUID id);

    DocumentAttachment createAttachment(CallContext ctx, NewAttachment attachment);

    List<DocumentAttachment> attachments(CallContext ctx, UUID document);

    List<WebhookSubscription> webhookSubscriptions(CallContext ctx);

    WebhookSubscription createWebhookSubscription(CallContext ctx, NewWebhookSubscription subscription);

    void deleteWebhookSubscription(CallContext ctx, UUID id);

    /** What is left of the rate limits of the site's division, once a response has told. */
    Optional<RateBudget> budget(URI siteBaseUri, int division);
}
