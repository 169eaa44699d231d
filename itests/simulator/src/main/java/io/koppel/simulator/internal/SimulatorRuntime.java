package io.koppel.simulator.internal;

import io.koppel.simulator.SeedMode;
import io.koppel.simulator.SimulatorClock;
import io.koppel.simulator.SimulatorConfig;
import io.koppel.simulator.internal.auth.OAuthRegistry;
import io.koppel.simulator.internal.auth.TokenService;
import io.koppel.simulator.internal.calls.CallRecorder;
import io.koppel.simulator.internal.entities.AccountsSet;
import io.koppel.simulator.internal.entities.BankAccountsSet;
import io.koppel.simulator.internal.entities.DivisionsSet;
import io.koppel.simulator.internal.entities.SyncSet;
import io.koppel.simulator.internal.entities.DocumentAttachmentsSet;
import io.koppel.simulator.internal.entities.DocumentsSet;
import io.koppel.simulator.internal.entities.EntityRegistry;
import io.koppel.simulator.internal.entities.MandatesSet;
import io.koppel.simulator.internal.entities.MeSet;
import io.koppel.simulator.internal.entities.ReceivablesListSet;
import io.koppel.simulator.internal.entities.ReceivablesSet;
import io.koppel.simulator.internal.entities.ReferenceDataSet;
import io.koppel.simulator.internal.entities.SalesEntriesSet;
import io.koppel.simulator.internal.entities.SalesEntryLinesSet;
import io.koppel.simulator.internal.entities.Schemas;
import io.koppel.simulator.internal.entities.WebhookSubscriptionsSet;
import io.koppel.simulator.internal.faults.FaultInjector;
import io.koppel.simulator.internal.limits.ConcurrencyTracker;
import io.koppel.simulator.internal.limits.ErrorBlocker;
import io.koppel.simulator.internal.limits.RateLimiter;
import io.koppel.simulator.internal.seed.DefaultSeed;
import io.koppel.simulator.internal.store.SimulatorData;
import io.koppel.simulator.internal.store.TableNames;
import io.koppel.simulator.internal.webhooks.WebhookDispatcher;

import java.time.LocalDateTime;

/** The simulator's shared state and services, wired once per instance; the HTTP handlers and the Java API both use it. */
public final class SimulatorRuntime {
    private final SimulatorConfig config;
    private final SimulatorClock clock;
    private final OAuthRegistry registry = new OAuthRegistry();
    private final TokenService tokens;
    private final RateLimiter rateLimiter;
    private final ErrorBlocker errorBlocker;
    private final ConcurrencyTracker concurrency = new ConcurrencyTracker();
    private final FaultInjector faults;
    private final CallRecorder calls;
    private final WebhookDispatcher webhooks;
    private final EntityRegistry entities = new EntityRegistry();
    private volatile SimulatorData data = new SimulatorData();

    public SimulatorRuntime(SimulatorConfig config) {
        this.config = config;
        this.clock = config.clockStart() == null
                ? new SimulatorClock(java.time.Instant.now(), config.clockFactor())
                : new SimulatorClock(config.clockStart(), config.clockFactor());
        this.tokens = new TokenService(clock, registry, config.tokenCallsPerDay(),
                java.time.Duration.ofSeconds(config.refreshGraceSeconds()));
        this.rateLimiter = new RateLimiter(configuredLimits(), config.rateLimitsEnabled());
        this.errorBlocker = new ErrorBlocker(config.errorBlockThreshold());
        this.faults = new FaultInjector(config.randomSeed());
        this.calls = new CallRecorder(config.callLogCapacity());
        this.webhooks = new WebhookDispatcher(registry, clock);
        registerEntities();
        seed(config.seed());
    }

    private void registerEntities() {
        SalesEntryLinesSet lines = new SalesEntryLinesSet();
        entities.register(new MeSet())
                .register(new DivisionsSet())
                // GL accounts and VAT codes have sync counterparts, so Exact filters them mandatorily
                .register(new ReferenceDataSet("financial/GLAccounts", Schemas.GL_ACCOUNT, TableNames.GL_ACCOUNTS,
                        java.util.List.of("Code", "Description", "ID", "IsBlocked", "Modified", "Type")))
                .register(new ReferenceDataSet("vat/VATCodes", Schemas.VAT_CODE, TableNames.VAT_CODES,
                        java.util.List.of("Code", "Description", "ID", "IsBlocked", "Modified")))
                .register(new ReferenceDataSet("financial/Journals", Schemas.JOURNAL, TableNames.JOURNALS))
                .register(new ReferenceDataSet("hrm/Costcenters", Schemas.COSTCENTER, TableNames.COSTCENTERS))
                .register(new ReferenceDataSet("hrm/Costunits", Schemas.COSTUNIT, TableNames.COSTUNITS))
                .register(new ReferenceDataSet("financial/FinancialPeriods", Schemas.FINANCIAL_PERIOD, TableNames.FINANCIAL_PERIODS))
                .register(new AccountsSet())
                .register(new BankAccountsSet())
                .register(new MandatesSet())
                .register(new SalesEntriesSet(lines))
                .register(lines)
                .register(new ReceivablesListSet())
                .register(ReceivablesSet.cashflow())
                .register(ReceivablesSet.bulk())
                .register(SyncSet.paymentTerms())
                .register(SyncSet.deleted())
                .register(new DocumentsSet())
                .register(new DocumentAttachmentsSet())
                .register(new WebhookSubscriptionsSet(webhooks, config.webhooksRequireHttps()));
    }

    /**
     * Drops all data, tokens, counters, faults and logs, restores the configured limits, and loads the seed
     * again. The clock is left alone.
     */
    public synchronized void reset(SeedMode seed) {
        tokens.clear();
        tokens.setTokenCallsPerDay(config.tokenCallsPerDay());
        rateLimiter.setDefaults(configuredLimits());
        rateLimiter.divisionLimits().keySet().forEach(d -> rateLimiter.setDivisionLimits(d, null));
        rateLimiter.setEnforced(config.rateLimitsEnabled());
        errorBlocker.setThreshold(config.errorBlockThreshold());
        registry.clear();
        rateLimiter.clearCounters();
        errorBlocker.clear();
        concurrency.clear();
        faults.clear();
        calls.clear();
        webhooks.clear();
        data = new SimulatorData();
        seed(seed);
    }

    private RateLimiter.Limits configuredLimits() {
        return new RateLimiter.Limits(config.minutelyLimit(), config.dailyLimit());
    }

    private void seed(SeedMode seed) {
        if (seed == SeedMode.DEFAULT) {
            DefaultSeed.apply(data, registry, now());
        }
    }

    public LocalDateTime now() {
        return clock.nowUtc();
    }

    public SimulatorConfig config() { return config; }
    public SimulatorClock clock() { return clock; }
    public OAuthRegistry registry() { return registry; }
    public TokenService tokens() { return tokens; }
    public RateLimiter rateLimiter() { return rateLimiter; }
    public ErrorBlocker errorBlocker() { return errorBlocker; }
    public ConcurrencyTracker concurrency() { return concurrency; }
    public FaultInjector faults() { return faults; }
    public CallRecorder calls() { return calls; }
    public WebhookDispatcher webhooks() { return webhooks; }
    public EntityRegistry entities() { return entities; }
    public SimulatorData data() { return data; }

    public void close() {
        webhooks.close();
    }
}
