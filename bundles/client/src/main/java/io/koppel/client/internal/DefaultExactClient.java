package io.koppel.client.internal;

import io.koppel.client.CallContext;
import io.koppel.client.ExactClient;
import io.koppel.client.ODataFilter;
import io.koppel.client.RateBudget;
import io.koppel.client.internal.limits.DivisionKey;
import io.koppel.client.internal.limits.RateLimiter;
import io.koppel.client.internal.ops.AccountOperations;
import io.koppel.client.internal.ops.ODataCalls;
import io.koppel.client.internal.ops.ReferenceDataOperations;
import io.koppel.client.internal.ops.SalesEntryOperations;
import io.koppel.client.internal.ops.SyncOperations;
import io.koppel.client.internal.ops.SystemOperations;
import io.koppel.client.internal.ops.WebhookOperations;
import io.koppel.client.model.Account;
import io.koppel.client.model.AccountChanges;
import io.koppel.client.model.BankAccount;
import io.koppel.client.model.CostCode;
import io.koppel.client.model.DeletedRecord;
import io.koppel.client.model.Division;
import io.koppel.client.model.FinancialPeriod;
import io.koppel.client.model.GlAccount;
import io.koppel.client.model.Journal;
import io.koppel.client.model.Mandate;
import io.koppel.client.model.Me;
import io.koppel.client.model.NewAccount;
import io.koppel.client.model.NewBankAccount;
import io.koppel.client.model.NewMandate;
import io.koppel.client.model.NewSalesEntry;
import io.koppel.client.model.NewWebhookSubscription;
import io.koppel.client.model.PaymentTerm;
import io.koppel.client.model.SalesEntry;
import io.koppel.client.model.SalesEntryQuery;
import io.koppel.client.model.SyncPage;
import io.koppel.client.model.WebhookSubscription;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The {@link ExactClient}: hands each operation to the operations class of its entity area. */
final class DefaultExactClient implements ExactClient {
    private final RateLimiter limiter;
    private final SystemOperations system;
    private final ReferenceDataOperations referenceData;
    private final AccountOperations accounts;
    private final SalesEntryOperations salesEntries;
    private final SyncOperations sync;
    private final WebhookOperations webhooks;

    DefaultExactClient(ODataCalls calls, RateLimiter limiter) {
        this.limiter = limiter;
        this.system = new SystemOperations(calls);
        this.referenceData = new ReferenceDataOperations(calls);
        this.accounts = new AccountOperations(calls);
        this.salesEntries = new SalesEntryOperations(calls);
        this.sync = new SyncOperations(calls);
        this.webhooks = new WebhookOperations(calls);
    }

    @Override
    public Me me(CallContext ctx) {
        return system.me(ctx);
    }

    @Override
    public List<Division> divisions(CallContext ctx) {
        return system.divisions(ctx);
    }

    @Override
    public List<GlAccount> glAccounts(CallContext ctx) {
        return referenceData.glAccounts(ctx);
    }

    @Override
    public List<Journal> journals(CallContext ctx) {
        return referenceData.journals(ctx);
    }

    @Override
    public List<CostCode> costCenters(CallContext ctx) {
        return referenceData.costCenters(ctx);
    }

    @Override
    public List<CostCode> costUnits(CallContext ctx) {
        return referenceData.costUnits(ctx);
    }

    @Override
    public List<FinancialPeriod> financialPeriods(CallContext ctx) {
        return referenceData.financialPeriods(ctx);
    }

    @Override
    public List<io.koppel.client.model.VatCode> vatCodes(CallContext ctx) {
        return referenceData.vatCodes(ctx);
    }

    @Override
    public Account account(CallContext ctx, UUID id) {
        return accounts.account(ctx, Objects.requireNonNull(id, "id"));
    }

    @Override
    public List<Account> findAccounts(CallContext ctx, ODataFilter filter) {
        return accounts.findAccounts(ctx, Objects.requireNonNull(filter, "filter"));
    }

    @Override
    public Account createAccount(CallContext ctx, NewAccount account) {
        return accounts.createAccount(ctx, account);
    }

    @Override
    public void updateAccount(CallContext ctx, UUID id, AccountChanges changes) {
        accounts.updateAccount(ctx, Objects.requireNonNull(id, "id"), changes);
    }

    @Override
    public List<BankAccount> bankAccounts(CallContext ctx, UUID account) {
        return accounts.bankAccounts(ctx, Objects.requireNonNull(account, "account"));
    }

    @Override
    public BankAccount createBankAccount(CallContext ctx, NewBankAccount bankAccount) {
        return accounts.createBankAccount(ctx, bankAccount);
    }

    @Override
    public List<Mandate> mandates(CallContext ctx, UUID account) {
        return accounts.mandates(ctx, Objects.requireNonNull(account, "account"));
    }

    @Override
    public Mandate createMandate(CallContext ctx, NewMandate mandate) {
        return accounts.createMandate(ctx, mandate);
    }

    @Override
    public SalesEntry createSalesEntry(CallContext ctx, NewSalesEntry entry) {
        return salesEntries.createSalesEntry(ctx, entry);
    }

    @Override
    public List<SalesEntry> findSalesEntries(CallContext ctx, SalesEntryQuery query) {
        return salesEntries.findSalesEntries(ctx, query);
    }

    @Override
    public SyncPage<PaymentTerm> paymentTermsSince(CallContext ctx, long timestamp) {
        return sync.paymentTermsSince(ctx, timestamp);
    }

    @Override
    public SyncPage<DeletedRecord> deletedSince(CallContext ctx, long timestamp) {
        return sync.deletedSince(ctx, timestamp);
    }

    @Override
    public WebhookSubscription createWebhookSubscription(CallContext ctx, NewWebhookSubscription subscription) {
        return webhooks.create(ctx, subscription);
    }

    @Override
    public Optional<RateBudget> budget(URI siteBaseUri, int division) {
        return limiter.budget(DivisionKey.of(siteBaseUri, division));
    }
}
