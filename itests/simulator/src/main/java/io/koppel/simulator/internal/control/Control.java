package io.koppel.simulator.internal.control;

import io.koppel.simulator.AppRegistration;
import io.koppel.simulator.CallFilter;
import io.koppel.simulator.CallStats;
import io.koppel.simulator.FaultRule;
import io.koppel.simulator.PaymentRequest;
import io.koppel.simulator.PaymentResult;
import io.koppel.simulator.RecordedCall;
import io.koppel.simulator.SeedMode;
import io.koppel.simulator.SimUser;
import io.koppel.simulator.TokenPair;
import io.koppel.simulator.WebhookDelivery;
import io.koppel.simulator.internal.SimulatorRuntime;
import io.koppel.simulator.internal.entities.ChangeSink;
import io.koppel.simulator.internal.entities.EntitySet;
import io.koppel.simulator.internal.entities.RequestContext;
import io.koppel.simulator.internal.entities.TableEntitySet;
import io.koppel.simulator.internal.faults.FaultInjector;
import io.koppel.simulator.internal.limits.RateLimiter;
import io.koppel.simulator.internal.messages.Lang;
import io.koppel.simulator.internal.model.Field;
import io.koppel.simulator.internal.sales.ReceivableLedger;
import io.koppel.simulator.internal.seed.DefaultSeed;
import io.koppel.simulator.internal.seed.ReferenceData;
import io.koppel.simulator.internal.store.DivisionData;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The simulator's control operations, shared by the Java API and the /_sim HTTP API. */
public final class Control {
    private final SimulatorRuntime rt;

    public Control(SimulatorRuntime rt) {
        this.rt = rt;
    }

    public void reset(SeedMode seed) {
        rt.reset(seed);
    }

    public long addFault(FaultRule rule) {
        return rt.faults().add(rule);
    }

    public List<FaultInjector.Listed> faults() {
        return rt.faults().list();
    }

    public boolean removeFault(long id) {
        return rt.faults().remove(id);
    }

    public void clearFaults() {
        rt.faults().clear();
    }

    public int revokeTokens(String clientId, String username) {
        UUID userId = null;
        if (username != null) {
            SimUser user = rt.registry().userByName(username);
            if (user == null) {
                throw new IllegalArgumentException("unknown user " + username);
            }
            userId = user.userId();
        }
        return rt.tokens().revoke(clientId, userId);
    }

    public TokenPair issueTokens(String clientId, String username) {
        AppRegistration app = rt.registry().app(clientId);
        SimUser user = rt.registry().userByName(username);
        if (app == null || user == null) {
            throw new IllegalArgumentException("unknown app " + clientId + " or user " + username);
        }
        return rt.tokens().issueDirect(app, user);
    }

    public void registerApp(AppRegistration app) {
        rt.registry().register(app);
    }

    public void addUser(SimUser user) {
        rt.registry().register(user);
    }

    public List<AppRegistration> apps() {
        return rt.registry().apps();
    }

    public List<SimUser> users() {
        return rt.registry().users();
    }

    /** A new division, optionally with the default chart of accounts, journals, cost codes and periods. */
    public void addDivision(int code, String description, boolean referenceData) {
        DivisionData d = rt.data().addDivision(code, description);
        if (referenceData) {
            DefaultSeed.standardReferenceData(d, rt.now(), rt.now().getYear());
        }
    }

    /** Closes or reopens one period, or all periods of the year when {@code period} is null. */
    public void setPeriodClosed(int division, int year, Integer period, boolean closed) {
        DivisionData d = division(division);
        for (int p = period == null ? 1 : period; p <= (period == null ? 12 : period); p++) {
            d.setPeriodClosed(year, p, closed);
        }
    }

    public void addFinancialYear(int division, int year, boolean closed) {
        new ReferenceData(division(division), rt.now()).financialYear(year, closed);
    }

    public PaymentResult registerPayment(PaymentRequest request) {
        if (request.kind() == null) {
            throw new IllegalArgumentException("kind is required: one of " + java.util.Arrays.toString(io.koppel.simulator.PaymentKind.values()));
        }
        return ReceivableLedger.register(division(request.division()), request, rt.now());
    }

    /** Moves the division to another database: its sync Timestamps start over and DivisionMoveDate is set. */
    public void moveDivision(int division) {
        io.koppel.simulator.internal.sales.PaymentTermBook.moveDivision(division(division), rt.now());
    }

    public List<RecordedCall> calls(CallFilter filter) {
        return rt.calls().calls(filter);
    }

    public void clearCalls() {
        rt.calls().clear();
        rt.concurrency().clear();
    }

    public CallStats stats() {
        return rt.calls().stats(rt.concurrency().overlaps(), rt.concurrency().maxConcurrent(), rt.tokens().tokenCallCount());
    }

    /**
     * Rows of an entity set (e.g. "salesentry/SalesEntries") in a division, whose fields equal the given
     * values (compared as text, ignoring case and surrounding spaces, so Code "1001" finds the padded code).
     */
    public List<Map<String, Object>> rows(int division, String entityPath, Map<String, String> equals) {
        EntitySet set = entitySet(entityPath);
        RequestContext ctx = new RequestContext(division(division), null, Lang.NL, "http://localhost/api/v1",
                rt.clock(), rt.data(), ChangeSink.NONE);
        List<Map<String, Object>> result = new ArrayList<>();
        for (Map<String, Object> row : set.rows(ctx)) {
            boolean matches = equals.entrySet().stream().allMatch(e -> row.get(e.getKey()) != null
                    && row.get(e.getKey()).toString().trim().equalsIgnoreCase(e.getValue().trim()));
            if (matches) {
                Map<String, Object> visible = new LinkedHashMap<>();
                for (Field f : set.schema().fields()) {
                    visible.put(f.name(), row.get(f.name()));
                }
                result.add(visible);
            }
        }
        return result;
    }

    /** Stores a row as given (no validation), for seeding unusual data; returns it with its key. */
    public Map<String, Object> insertRow(int division, String entityPath, Map<String, Object> values) {
        EntitySet set = entitySet(entityPath);
        if (set instanceof io.koppel.simulator.internal.entities.SyncSet sync) {
            return sync.seed(division(division), values, rt.now());
        }
        if (!(set instanceof TableEntitySet table)) {
            throw new IllegalArgumentException(entityPath + " is computed from other data and cannot be seeded");
        }
        DivisionData d = division(division);
        Map<String, Object> row = set.schema().emptyRow();
        row.put("Division", division);
        row.put("Created", rt.now());
        row.put("Modified", rt.now());
        row.putAll(values);
        String key = set.schema().keyField();
        if (row.get(key) == null) {
            row.put(key, UUID.randomUUID());
        }
        return d.write(() -> d.table(table.tableName()).put(row.get(key), row));
    }

    public void setRateLimits(Integer division, int minutely, int daily) {
        RateLimiter.Limits limits = new RateLimiter.Limits(minutely, daily);
        if (division == null) {
            rt.rateLimiter().setDefaults(limits);
        } else {
            rt.rateLimiter().setDivisionLimits(division, limits);
        }
    }

    public void setRateLimitsEnforced(boolean enforced) {
        rt.rateLimiter().setEnforced(enforced);
    }

    public Map<String, Object> rateLimits() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("enforced", rt.rateLimiter().enforced());
        result.put("minutely", rt.rateLimiter().defaults().minutely());
        result.put("daily", rt.rateLimiter().defaults().daily());
        Map<String, Object> perDivision = new LinkedHashMap<>();
        rt.rateLimiter().divisionLimits().forEach((d, l) -> perDivision.put(String.valueOf(d),
                Map.of("minutely", l.minutely(), "daily", l.daily())));
        result.put("divisions", perDivision);
        result.put("errorBlockThreshold", rt.errorBlocker().threshold());
        return result;
    }

    public void setErrorBlockThreshold(int threshold) {
        rt.errorBlocker().setThreshold(threshold);
    }

    public List<WebhookDelivery> webhookDeliveries() {
        return rt.webhooks().deliveries();
    }

    private EntitySet entitySet(String path) {
        EntitySet set = rt.entities().find(path);
        if (set == null) {
            throw new IllegalArgumentException("unknown entity set " + path);
        }
        return set;
    }

    private DivisionData division(int code) {
        DivisionData d = rt.data().division(code);
        if (d == null) {
            throw new IllegalArgumentException("unknown division " + code);
        }
        return d;
    }
}
