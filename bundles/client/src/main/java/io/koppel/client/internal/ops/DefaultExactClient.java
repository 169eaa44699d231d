package io.koppel.client.internal.ops;

import static io.koppel.client.internal.ops.AccountEndpoints.ACCOUNTS;
import static io.koppel.client.internal.ops.AccountEndpoints.BANK_ACCOUNTS;
import static io.koppel.client.internal.ops.AccountEndpoints.MANDATES;
import static io.koppel.client.internal.ops.ReferenceDataEndpoints.COST_CENTERS;
import static io.koppel.client.internal.ops.ReferenceDataEndpoints.COST_UNITS;
import static io.koppel.client.internal.ops.ReferenceDataEndpoints.EVERY_ROW;
import static io.koppel.client.internal.ops.ReferenceDataEndpoints.GL_ACCOUNTS;
import static io.koppel.client.internal.ops.ReferenceDataEndpoints.JOURNALS;
import static io.koppel.client.internal.ops.ReferenceDataEndpoints.PERIODS;
import static io.koppel.client.internal.ops.ReferenceDataEndpoints.VAT_CODES;
import static io.koppel.client.internal.ops.SalesEntryEndpoints.ENTRIES;
import static io.koppel.client.internal.ops.SalesEntryEndpoints.ENTRIES_WITH_LINES;
import static io.koppel.client.internal.ops.SyncEndpoints.DELETED;
import static io.koppel.client.internal.ops.SyncEndpoints.PAYMENT_TERMS;
import static io.koppel.client.internal.ops.SystemEndpoints.DIVISIONS;
import static io.koppel.client.internal.ops.SystemEndpoints.ME;
import static io.koppel.client.internal.ops.WebhookEndpoints.SUBSCRIPTIONS;

import io.koppel.client.CallContext;
import io.koppel.client.ExactClient;
import io.koppel.client.ExactNotFoundException;
import io.koppel.client.ODataFilter;
import io.koppel.client.RateBudget;
import io.koppel.client.internal.limits.DivisionKey;
import io.koppel.client.internal.limits.RateLimiter;
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
import io.koppel.client.model.VatCode;
import io.koppel.client.model.WebhookSubscription;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@link ExactClient}: each operation as the OData call it makes, under its own name as the exchange's
 * operation. What the entity sets select, how their records read and how new ones are written is in the
 * {@code *Endpoints} class of each area.
 */
public record DefaultExactClient(ODataCalls calls, RateLimiter limiter) implements ExactClient {

    @Override
    public Me me(CallContext ctx) {
        URI uri = ApiUrl.me(ctx.siteBaseUri()).param("$select", ME.select()).toUri();
        // Exact answers current/Me as a collection of one
        List<Me> users = calls.list(ctx, "me", uri, ME.reader());
        if (users.isEmpty()) {
            throw new ExactNotFoundException("current/Me returned no user", 200);
        }
        return users.get(0);
    }

    @Override
    public List<Division> divisions(CallContext ctx) {
        return calls.list(ctx, "divisions", DIVISIONS, ODataFilter.none());
    }

    @Override
    public List<GlAccount> glAccounts(CallContext ctx) {
        return calls.list(ctx, "glAccounts", GL_ACCOUNTS, EVERY_ROW);
    }

    @Override
    public List<Journal> journals(CallContext ctx) {
        return calls.list(ctx, "journals", JOURNALS, ODataFilter.none());
    }

    @Override
    public List<CostCode> costCenters(CallContext ctx) {
        return calls.list(ctx, "costCenters", COST_CENTERS, ODataFilter.none());
    }

    @Override
    public List<CostCode> costUnits(CallContext ctx) {
        return calls.list(ctx, "costUnits", COST_UNITS, ODataFilter.none());
    }

    @Override
    public List<FinancialPeriod> financialPeriods(CallContext ctx) {
        return calls.list(ctx, "financialPeriods", PERIODS, ODataFilter.none());
    }

    @Override
    public List<VatCode> vatCodes(CallContext ctx) {
        return calls.list(ctx, "vatCodes", VAT_CODES, EVERY_ROW);
    }

    @Override
    public Account account(CallContext ctx, UUID id) {
        return calls.one(ctx, "account", ACCOUNTS, Objects.requireNonNull(id, "id"));
    }

    @Override
    public List<Account> findAccounts(CallContext ctx, ODataFilter filter) {
        return calls.list(ctx, "findAccounts", ACCOUNTS, Objects.requireNonNull(filter, "filter"));
    }

    @Override
    public Account createAccount(CallContext ctx, NewAccount account) {
        return calls.create(ctx, "createAccount", ACCOUNTS, AccountEndpoints.body(account.fields()));
    }

    @Override
    public void updateAccount(CallContext ctx, UUID id, AccountChanges changes) {
        calls.update(ctx, "updateAccount", ACCOUNTS, Objects.requireNonNull(id, "id"),
                AccountEndpoints.body(changes.fields()));
    }

    @Override
    public List<BankAccount> bankAccounts(CallContext ctx, UUID account) {
        return calls.list(ctx, "bankAccounts", BANK_ACCOUNTS, ofAccount(account));
    }

    @Override
    public BankAccount createBankAccount(CallContext ctx, NewBankAccount bankAccount) {
        return calls.create(ctx, "createBankAccount", BANK_ACCOUNTS, AccountEndpoints.body(bankAccount));
    }

    @Override
    public List<Mandate> mandates(CallContext ctx, UUID account) {
        return calls.list(ctx, "mandates", MANDATES, ofAccount(account));
    }

    @Override
    public Mandate createMandate(CallContext ctx, NewMandate mandate) {
        return calls.create(ctx, "createMandate", MANDATES, AccountEndpoints.body(mandate));
    }

    @Override
    public SalesEntry createSalesEntry(CallContext ctx, NewSalesEntry entry) {
        return calls.create(ctx, "createSalesEntry", ENTRIES_WITH_LINES, SalesEntryEndpoints.body(entry));
    }

    @Override
    public List<SalesEntry> findSalesEntries(CallContext ctx, SalesEntryQuery query) {
        return calls.list(ctx, "findSalesEntries", ENTRIES, SalesEntryEndpoints.filter(query));
    }

    @Override
    public SyncPage<PaymentTerm> paymentTermsSince(CallContext ctx, long timestamp) {
        return calls.syncPage(ctx, "paymentTermsSince", PAYMENT_TERMS, timestamp, PaymentTerm::timestamp);
    }

    /** Every deletion after the Timestamp; Exact cannot filter on EntityType, so the caller picks its own. */
    @Override
    public SyncPage<DeletedRecord> deletedSince(CallContext ctx, long timestamp) {
        return calls.syncPage(ctx, "deletedSince", DELETED, timestamp, DeletedRecord::timestamp);
    }

    @Override
    public WebhookSubscription createWebhookSubscription(CallContext ctx, NewWebhookSubscription subscription) {
        return calls.create(ctx, "createWebhookSubscription", SUBSCRIPTIONS, WebhookEndpoints.body(subscription));
    }

    @Override
    public Optional<RateBudget> budget(URI siteBaseUri, int division) {
        return limiter.budget(DivisionKey.of(siteBaseUri, division));
    }

    private static ODataFilter ofAccount(UUID account) {
        return ODataFilter.eq("Account", Objects.requireNonNull(account, "account"));
    }
}
