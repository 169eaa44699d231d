package io.koppel.auth.internal;

import io.koppel.api.KoppelException;
import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.api.connection.Connection;
import io.koppel.api.connection.ConnectionService;
import io.koppel.api.connection.ConnectionState;
import io.koppel.api.connection.CostCode;
import io.koppel.api.connection.DailyBudget;
import io.koppel.api.connection.Division;
import io.koppel.api.connection.ExactSite;
import io.koppel.api.connection.Journal;
import io.koppel.api.log.SearchNumbers;
import io.koppel.auth.ExactAccess;
import io.koppel.auth.LinkedConnection;
import io.koppel.client.CallContext;
import io.koppel.client.ExactClient;
import io.koppel.client.RateBudget;
import io.koppel.client.TokenEndpoint;
import io.koppel.store.ConnectionMapper;
import io.koppel.store.ConnectionRow;
import io.koppel.store.Store;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javax.crypto.SecretKey;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connections of host entities to Exact: choosing division, journals and cost codes here; linking through
 * OAuth2 ({@link ConsentFlow}), handing linked connections with fresh tokens to Koppel's other bundles
 * ({@link LinkedConnections}) and keeping idle links alive ({@link KeepAlive}) in the parts it is composed of, which
 * share one token refresher and one view of the stored rows.
 */
@Component(service = {ConnectionService.class, ExactAccess.class, ConsentReceiver.class},
        configurationPid = AuthConfiguration.PID)
@Designate(ocd = AuthConfiguration.class)
public class ConnectionManager implements ConnectionService, ExactAccess, ConsentReceiver {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionManager.class);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<ExactApp> apps = new CopyOnWriteArrayList<>();


    private final Store store;
    private final ExactClient client;
    private final TokenCipher cipher;
    private final Clock clock;
    private final ConnectionRows rows;
    private final TokenRefresher refresher;
    private final ConfigurationLog configurationLog;
    private final LinkedConnections access;
    private final ConsentFlow consent;
    private final KeepAlive keepAlive;

    @Activate
    public ConnectionManager(@Reference Store store, @Reference TokenEndpoint tokenEndpoint,
            @Reference ExactClient client, AuthConfiguration configuration) throws IOException {
        this(store, tokenEndpoint, client, tokenCipher(configuration), Clock.systemUTC(),
                Duration.ofMinutes(configuration.consentMinutes()), null);
        reportTokenKeys();
        keepAlive.start(Duration.ofDays(configuration.keepAliveIdleDays()),
                Duration.ofMinutes(configuration.keepAliveCheckMinutes()));
    }

    ConnectionManager(Store store, TokenEndpoint tokenEndpoint, ExactClient client, TokenCipher cipher, Clock clock,
            Duration consentTime, Supplier<List<ExactApp>> appSource) {
        this.store = store;
        this.client = client;
        this.cipher = cipher;
        this.clock = clock;
        this.rows = new ConnectionRows(store, cipher, appSource == null ? () -> apps : appSource);
        this.refresher = new TokenRefresher(store, tokenEndpoint, rows::app, cipher, clock);
        this.configurationLog = new ConfigurationLog(store, clock);
        this.access = new LinkedConnections(store, rows, refresher);
        this.consent = new ConsentFlow(store, rows, tokenEndpoint, client, cipher, clock, consentTime,
                configurationLog);
        this.keepAlive = new KeepAlive(rows, cipher, refresher, clock);
    }

    private static TokenCipher tokenCipher(AuthConfiguration configuration) throws IOException {
        List<SecretKey> previous = java.util.Arrays.stream(configuration.previousTokenKeys())
                .filter(key -> !key.isBlank()).map(TokenKeys::fromBase64).toList();
        return new TokenCipher(tokenKey(configuration), previous);
    }

    private static SecretKey tokenKey(AuthConfiguration configuration) throws IOException {
        if (!configuration.tokenKey().isBlank()) {
            return TokenKeys.fromBase64(configuration.tokenKey());
        }
        String file = configuration.tokenKeyFile().isBlank()
                ? System.getProperty("karaf.data", "data") + "/koppel/token.key"
                : configuration.tokenKeyFile();
        return TokenKeys.fromFile(Path.of(file));
    }

    @Deactivate
    void deactivate() {
        keepAlive.close();
    }

    // --- ConnectionService

    @Override
    public List<Connection> connections() {
        return rows.list().stream()
                .map(this::view)
                .toList();
    }

    @Override
    public Optional<Connection> connection(String hostEntity) {
        return Optional.ofNullable(rows.find(hostEntity)).map(this::view);
    }

    @Override
    public URI connect(String hostEntity, ExactSite site) {
        requireText(hostEntity, "host entity");
        return consent.connect(hostEntity, site);
    }

    @Override
    public List<Division> divisions(String hostEntity) {
        CallContext context = consentedContext(hostEntity, "divisions");
        return ConsentFlow.divisionsOf(client, context).stream().map(division -> new Division(division.code(), division.description()))
                .toList();
    }

    @Override
    public Connection setDivision(String hostEntity, int division) {
        if (divisions(hostEntity).stream().noneMatch(candidate -> candidate.code() == division)) {
            throw new KoppelException(Reason.of(ReasonCode.CONNECTION_SETTING_INVALID, "division " + division));
        }
        if (rows.find(hostEntity) != null && !Objects.equals(rows.find(hostEntity).division(), division)) {
            // VAT codes belong to a division, like journals and cost codes
            store.execute(session -> session.mapper(ConnectionMapper.class).setVatCode(hostEntity, null,
                    clock.instant()));
        }
        Connection changed = update(hostEntity, row -> row.inDivision(division, clock.instant()));
        configurationLog.changed(hostEntity, division, "set-division", String.valueOf(division));
        return changed;
    }

    @Override
    public List<Journal> salesJournals(String hostEntity) {
        CallContext context = divisionContext(hostEntity, "journals");
        return client.journals(context).stream()
                .map(journal -> new Journal(journal.code(), journal.description(),
                        journal.type() == null ? 0 : journal.type()))
                .filter(Journal::isSales)
                .sorted(java.util.Comparator.comparing(Journal::code))
                .toList();
    }

    @Override
    public Connection setJournals(String hostEntity, String invoiceJournal, String creditNoteJournal) {
        requireText(invoiceJournal, "invoice journal");
        requireText(creditNoteJournal, "credit note journal");
        List<io.koppel.client.model.Journal> journals = client.journals(divisionContext(hostEntity, "journals"));
        for (String code : List.of(invoiceJournal, creditNoteJournal)) {
            io.koppel.client.model.Journal journal = journals.stream().filter(candidate -> candidate.code().equals(code))
                    .findFirst()
                    .orElseThrow(() -> new KoppelException(Reason.of(ReasonCode.JOURNAL_NOT_FOUND, code)));
            if (journal.type() == null || journal.type() != Journal.TYPE_SALES) {
                throw new KoppelException(Reason.of(ReasonCode.JOURNAL_NOT_SALES, code));
            }
        }
        Connection changed = update(hostEntity, row -> row.withJournals(invoiceJournal, creditNoteJournal, clock.instant()));
        configurationLog.changed(hostEntity, changed.division().orElse(null), "set-journals",
                invoiceJournal + " " + creditNoteJournal);
        return changed;
    }

    @Override
    public Connection setCosts(String hostEntity, String costCenter, String costUnit) {
        String center = blankToNull(costCenter);
        String unit = blankToNull(costUnit);
        for (String code : new String[] {center, unit}) {
            if (code != null && code.length() > CostCode.MAX_LENGTH) {
                throw new KoppelException(Reason.of(ReasonCode.COST_CODE_TOO_LONG, code));
            }
        }
        CallContext context = divisionContext(hostEntity, "cost-codes");
        if (center != null && client.costCenters(context).stream().noneMatch(c -> c.code().equals(center))) {
            throw new KoppelException(Reason.of(ReasonCode.COST_CENTER_NOT_FOUND, center));
        }
        if (unit != null && client.costUnits(context).stream().noneMatch(c -> c.code().equals(unit))) {
            throw new KoppelException(Reason.of(ReasonCode.COST_UNIT_NOT_FOUND, unit));
        }
        Connection changed = update(hostEntity, row -> row.withCosts(center, unit, clock.instant()));
        configurationLog.changed(hostEntity, changed.division().orElse(null), "set-costs",
                "center " + Objects.toString(center, "-") + ", unit " + Objects.toString(unit, "-"));
        return changed;
    }

    @Override
    public Optional<DailyBudget> dailyBudget(String hostEntity) {
        ConnectionRow row = rows.find(hostEntity);
        if (row == null || row.division() == null) {
            return Optional.empty();
        }
        return rows.apps().stream().filter(app -> app.site() == row.site()).findFirst()
                .flatMap(app -> client.budget(app.baseUri(), row.division()))
                .map(RateBudget::daily)
                .filter(Objects::nonNull)
                .map(daily -> new DailyBudget(daily.limit(), daily.remaining(), daily.resetAt()));
    }

    @Override
    public Connection setVatCode(String hostEntity, String vatCode) {
        String code = blankToNull(vatCode);
        if (code != null && client.vatCodes(divisionContext(hostEntity, "vat-codes")).stream()
                .noneMatch(candidate -> candidate.code().equals(code))) {
            throw new KoppelException(Reason.of(ReasonCode.VAT_CODE_NOT_FOUND, code));
        }
        store.execute(session -> session.mapper(ConnectionMapper.class).setVatCode(hostEntity, code,
                clock.instant()));
        configurationLog.changed(hostEntity, rows.find(hostEntity).division(), "set-vat-code", code);
        return connection(hostEntity).orElseThrow();
    }

    @Override
    public Optional<String> vatCode(String hostEntity) {
        return Optional.ofNullable(store.transaction(session -> session.mapper(ConnectionMapper.class)
                .vatCode(hostEntity)));
    }

    @Override
    public void disconnect(String hostEntity) {
        ConnectionRow row = rows.find(hostEntity);
        if (row == null) {
            throw new KoppelException(Reason.of(ReasonCode.CONNECTION_MISSING, hostEntity));
        }
        rows.requireReadableTokens(row);
        store.execute(session -> session.mapper(ConnectionMapper.class).delete(hostEntity));
        configurationLog.changed(hostEntity, row.division(), "disconnect", null);
    }

    // --- ExactAccess, ConsentReceiver and keep-alive: composed parts

    @Override
    public LinkedConnection linked(String hostEntity) {
        return access.linked(hostEntity);
    }

    @Override
    public ConsentResult complete(String state, String code, String error) {
        return consent.complete(state, code, error);
    }

    void keepIdleLinksAlive(Duration idle) {
        keepAlive.keepIdleLinksAlive(idle);
    }

    /** The token source of a host entity, for tests of the refresh. */
    String accessToken(String hostEntity) {
        return refresher.accessToken(hostEntity);
    }

    // --- token keys

    /**
     * Says at start which connections this node cannot read (the nodes disagree on the token key) and how many
     * are still sealed with a key being rotated out.
     */
    private void reportTokenKeys() {
        try {
            List<ConnectionRow> stored = rows.list();
            List<String> unreadable = stored.stream()
                    .filter(row -> !cipher.canOpen(row.refreshToken(), row.hostEntity()))
                    .map(ConnectionRow::hostEntity).toList();
            long older = stored.stream().filter(row -> cipher.canOpen(row.refreshToken(), row.hostEntity())
                    && cipher.sealedWithOlderKey(row.refreshToken())).count();
            if (!unreadable.isEmpty()) {
                LOG.error("This node's token key (fingerprint {}) cannot read the tokens of {}: give every node that"
                        + " shares the database the same tokenKey in etc/io.koppel.auth.cfg. The tokens are left as"
                        + " they are.", cipher.currentFingerprint(), unreadable);
            }
            if (older > 0) {
                LOG.info("{} connection(s) still have tokens sealed with a previous token key; they move to the key"
                        + " {} as they are refreshed", older, cipher.currentFingerprint());
            } else {
                LOG.info("Token key {}: every stored token is sealed with it", cipher.currentFingerprint());
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not check the stored tokens against this node's key: {}", e.getMessage());
        }
    }

    // --- helpers

    private Connection update(String hostEntity, java.util.function.UnaryOperator<ConnectionRow> change) {
        return store.transaction(session -> {
            ConnectionMapper connections = session.mapper(ConnectionMapper.class);
            ConnectionRow row = connections.findForUpdate(hostEntity);
            if (row == null) {
                throw new KoppelException(Reason.of(ReasonCode.CONNECTION_MISSING, hostEntity));
            }
            ConnectionRow changed = change.apply(row);
            if (changed.state() != ConnectionState.NEEDS_REAUTHORIZATION) {
                changed = changed.settled(clock.instant());
            }
            connections.update(changed);
            return view(changed);
        });
    }

    /** A context for calls made while configuring a linked connection that may have no division yet. */
    private CallContext consentedContext(String hostEntity, String operation) {
        ConnectionRow row = linkedRow(hostEntity);
        CallContext context = new CallContext(rows.app(row.site()).baseUri(), 0, access.tokensOf(hostEntity),
                hostEntity, SearchNumbers.CONFIGURATION, operation);
        Integer current = client.me(context).currentDivision();
        if (current == null) {
            throw new KoppelException(Reason.of(ReasonCode.CONNECTION_USER_WITHOUT_DIVISIONS, hostEntity));
        }
        return context.inDivision(current);
    }

    private CallContext divisionContext(String hostEntity, String operation) {
        ConnectionRow row = linkedRow(hostEntity);
        if (row.division() == null) {
            throw new KoppelException(Reason.of(ReasonCode.CONNECTION_INCOMPLETE, hostEntity));
        }
        return new CallContext(rows.app(row.site()).baseUri(), row.division(), access.tokensOf(hostEntity),
                hostEntity, SearchNumbers.CONFIGURATION, operation);
    }

    private ConnectionRow linkedRow(String hostEntity) {
        ConnectionRow row = rows.find(hostEntity);
        if (row == null) {
            throw new KoppelException(Reason.of(ReasonCode.CONNECTION_MISSING, hostEntity));
        }
        if (row.state() == ConnectionState.NEEDS_REAUTHORIZATION) {
            throw new KoppelException(row.stateReason());
        }
        if (row.refreshToken() == null) {
            throw new KoppelException(Reason.of(ReasonCode.CONNECTION_INCOMPLETE, hostEntity));
        }
        return row;
    }

    /**
     * A connection as this node sees it: tokens sealed with a key this node does not have show as
     * {@link ConnectionState#TOKEN_KEY_MISMATCH} with the fix, whatever the stored state.
     */
    private Connection view(ConnectionRow row) {
        if (!cipher.canOpen(row.refreshToken(), row.hostEntity())) {
            return view(row, ConnectionState.TOKEN_KEY_MISMATCH, cipher.mismatchReason(row.hostEntity(),
                    row.refreshToken()));
        }
        return view(row, row.state(), row.stateReason());
    }

    private static Connection view(ConnectionRow row, ConnectionState state, Reason reason) {
        return new Connection(row.hostEntity(), row.site(), state, Optional.ofNullable(reason),
                Optional.ofNullable(row.exactUser()), Optional.ofNullable(row.division()),
                Optional.ofNullable(row.invoiceJournal()), Optional.ofNullable(row.creditNoteJournal()),
                Optional.ofNullable(row.costCenter()), Optional.ofNullable(row.costUnit()),
                Optional.ofNullable(row.linkedAt()));
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new KoppelException(Reason.of(ReasonCode.REQUIRED_VALUE_EMPTY, name));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
