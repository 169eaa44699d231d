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
import io.koppel.client.AccessTokenSource;
import io.koppel.client.CallContext;
import io.koppel.client.ExactAuthorizationException;
import io.koppel.client.ExactClient;
import io.koppel.client.ExactException;
import io.koppel.client.ExchangeListener;
import io.koppel.client.RateBudget;
import io.koppel.client.TokenEndpoint;
import io.koppel.client.Tokens;
import io.koppel.client.model.Me;
import io.koppel.store.ConnectionMapper;
import io.koppel.store.ConnectionRow;
import io.koppel.store.OAuthStateMapper;
import io.koppel.store.OAuthStateRow;
import io.koppel.store.Store;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 * The connections of host entities to Exact: linking through OAuth2, choosing division, journals and cost codes,
 * and handing linked connections with fresh tokens to Koppel's other bundles.
 */
@Component(service = {ConnectionService.class, ExactAccess.class, ConsentReceiver.class},
        configurationPid = AuthConfiguration.PID)
@Designate(ocd = AuthConfiguration.class)
public class ConnectionManager implements ConnectionService, ExactAccess, ConsentReceiver {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionManager.class);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<ExactApp> apps = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<ExchangeListener> exchangeListeners = new CopyOnWriteArrayList<>();

    private final Store store;
    private final TokenEndpoint tokenEndpoint;
    private final ExactClient client;
    private final TokenCipher cipher;
    private final Clock clock;
    private final Duration consentTime;
    private final Supplier<List<ExactApp>> appSource;
    private final TokenRefresher refresher;
    private final ConfigurationLog configurationLog;
    private final SecureRandom random = new SecureRandom();
    private ScheduledExecutorService keepAlive;

    @Activate
    public ConnectionManager(@Reference Store store, @Reference TokenEndpoint tokenEndpoint,
            @Reference ExactClient client, AuthConfiguration configuration) throws IOException {
        this(store, tokenEndpoint, client, tokenCipher(configuration), Clock.systemUTC(),
                Duration.ofMinutes(configuration.consentMinutes()), null, null);
        reportTokenKeys();
        Duration idle = Duration.ofDays(configuration.keepAliveIdleDays());
        keepAlive = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "koppel-keep-alive"));
        keepAlive.scheduleWithFixedDelay(() -> keepIdleLinksAlive(idle), 1, configuration.keepAliveCheckMinutes(),
                TimeUnit.MINUTES);
    }

    ConnectionManager(Store store, TokenEndpoint tokenEndpoint, ExactClient client, TokenCipher cipher, Clock clock,
            Duration consentTime, Supplier<List<ExactApp>> appSource, Supplier<List<ExchangeListener>> listenerSource) {
        this.store = store;
        this.tokenEndpoint = tokenEndpoint;
        this.client = client;
        this.cipher = cipher;
        this.clock = clock;
        this.consentTime = consentTime;
        this.appSource = appSource == null ? () -> apps : appSource;
        this.refresher = new TokenRefresher(store, tokenEndpoint, this::app, cipher, clock);
        this.configurationLog = new ConfigurationLog(listenerSource == null ? () -> exchangeListeners : listenerSource,
                clock);
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
        if (keepAlive != null) {
            keepAlive.shutdownNow();
        }
    }

    // --- ConnectionService

    @Override
    public List<Connection> connections() {
        return store.transaction(session -> session.mapper(ConnectionMapper.class).list()).stream()
                .map(this::view)
                .toList();
    }

    @Override
    public Optional<Connection> connection(String hostEntity) {
        return Optional.ofNullable(find(hostEntity)).map(this::view);
    }

    @Override
    public URI connect(String hostEntity, ExactSite site) {
        requireText(hostEntity, "host entity");
        ExactApp app = app(site);
        String state = newState();
        Instant now = clock.instant();
        store.execute(session -> {
            ConnectionMapper connections = session.mapper(ConnectionMapper.class);
            if (connections.find(hostEntity) == null) {
                connections.insert(ConnectionRow.awaitingConsent(hostEntity, site, now));
            }
            session.mapper(OAuthStateMapper.class).deleteExpired(now);
            session.mapper(OAuthStateMapper.class).insert(new OAuthStateRow(hash(state), hostEntity, site,
                    now.plus(consentTime)));
        });
        configurationLog.changed(hostEntity, null, "connect", "site " + site);
        return tokenEndpoint.authorizationUri(app.baseUri(), app.clientId(), app.redirectUri(), state);
    }

    @Override
    public List<Division> divisions(String hostEntity) {
        CallContext context = consentedContext(hostEntity, "divisions");
        return divisionsOf(context).stream().map(division -> new Division(division.code(), division.description()))
                .toList();
    }

    @Override
    public Connection setDivision(String hostEntity, int division) {
        if (divisions(hostEntity).stream().noneMatch(candidate -> candidate.code() == division)) {
            throw new KoppelException(Reason.of(ReasonCode.CONNECTION_SETTING_INVALID, "division " + division));
        }
        if (find(hostEntity) != null && !Objects.equals(find(hostEntity).division(), division)) {
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
                "center " + center + " unit " + unit);
        return changed;
    }

    @Override
    public Optional<DailyBudget> dailyBudget(String hostEntity) {
        ConnectionRow row = find(hostEntity);
        if (row == null || row.division() == null) {
            return Optional.empty();
        }
        return appSource.get().stream().filter(app -> app.site() == row.site()).findFirst()
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
        configurationLog.changed(hostEntity, find(hostEntity).division(), "set-vat-code", String.valueOf(code));
        return connection(hostEntity).orElseThrow();
    }

    @Override
    public Optional<String> vatCode(String hostEntity) {
        return Optional.ofNullable(store.transaction(session -> session.mapper(ConnectionMapper.class)
                .vatCode(hostEntity)));
    }

    @Override
    public void disconnect(String hostEntity) {
        ConnectionRow row = find(hostEntity);
        if (row == null) {
            throw new KoppelException(Reason.of(ReasonCode.CONNECTION_MISSING, hostEntity));
        }
        requireReadableTokens(row);
        store.execute(session -> session.mapper(ConnectionMapper.class).delete(hostEntity));
        configurationLog.changed(hostEntity, row.division(), "disconnect", "");
    }

    // --- ExactAccess

    @Override
    public LinkedConnection linked(String hostEntity) {
        ConnectionRow row = find(hostEntity);
        if (row == null) {
            throw new KoppelException(Reason.of(ReasonCode.CONNECTION_MISSING, hostEntity));
        }
        if (row.state() == ConnectionState.NEEDS_REAUTHORIZATION) {
            throw new KoppelException(row.stateReason() != null ? row.stateReason()
                    : Reason.of(ReasonCode.CONNECTION_NEEDS_REAUTHORIZATION, hostEntity, ""));
        }
        if (row.state() != ConnectionState.CONNECTED) {
            throw new KoppelException(Reason.of(ReasonCode.CONNECTION_INCOMPLETE, hostEntity));
        }
        requireReadableTokens(row);
        return new LinkedConnection(hostEntity, app(row.site()).baseUri(), row.division(), row.invoiceJournal(),
                row.creditNoteJournal(), Optional.ofNullable(row.costCenter()), Optional.ofNullable(row.costUnit()),
                tokensOf(hostEntity), Optional.ofNullable(store.transaction(session ->
                        session.mapper(ConnectionMapper.class).vatCode(hostEntity))));
    }

    // --- ConsentReceiver

    @Override
    public ConsentResult complete(String state, String code, String error) {
        if (state == null || state.isBlank()) {
            return new ConsentResult.InvalidState();
        }
        Instant now = clock.instant();
        OAuthStateRow consent = store.transaction(session -> {
            OAuthStateMapper states = session.mapper(OAuthStateMapper.class);
            OAuthStateRow row = states.find(hash(state));
            // Deleting is what uses the state up: of two callbacks with one state only one gets here with 1.
            return row != null && states.delete(row.stateHash()) == 1 ? row : null;
        });
        if (consent == null || consent.expiresAt().isBefore(now)) {
            LOG.warn("Refused an OAuth callback with an unknown, used or expired state");
            return new ConsentResult.InvalidState();
        }
        String hostEntity = consent.hostEntity();
        if (error != null || code == null || code.isBlank()) {
            configurationLog.changed(hostEntity, null, "consent-declined", Objects.toString(error, "no code"));
            return new ConsentResult.Declined(Objects.toString(error, "no code"));
        }
        ConnectionRow before = find(hostEntity);
        if (before != null && !cipher.canOpen(before.refreshToken(), hostEntity)) {
            // Linking here would replace tokens the other nodes still use with ones they cannot read.
            Reason mismatch = cipher.mismatchReason(hostEntity, before.refreshToken());
            LOG.error("Refused to link {} on this node: {}", hostEntity, mismatch.text(java.util.Locale.ENGLISH));
            return new ConsentResult.Refused(mismatch);
        }
        ExactApp app = app(consent.site());
        try {
            Tokens tokens = tokenEndpoint.exchangeCode(app.baseUri(), app.clientId(), app.clientSecret(),
                    app.redirectUri(), code, hostEntity);
            CallContext context = new CallContext(app.baseUri(), 0, tokens::accessToken, hostEntity,
                    SearchNumbers.CONFIGURATION, "consent");
            Me me = client.me(context);
            List<io.koppel.client.model.Division> divisions = me.currentDivision() == null ? List.of()
                    : divisionsOf(context.inDivision(me.currentDivision()));
            if (divisions.isEmpty()) {
                store.execute(session -> {
                    ConnectionMapper connections = session.mapper(ConnectionMapper.class);
                    connections.update(freshRow(connections, hostEntity, consent.site(), now).needsReauthorization(
                            Reason.of(ReasonCode.CONNECTION_USER_WITHOUT_DIVISIONS, hostEntity), now));
                });
                return new ConsentResult.Failed(Reason.of(ReasonCode.CONNECTION_USER_WITHOUT_DIVISIONS, hostEntity)
                        .toString());
            }
            Instant linkedAt = clock.instant();
            store.execute(session -> {
                ConnectionMapper connections = session.mapper(ConnectionMapper.class);
                ConnectionRow existing = freshRow(connections, hostEntity, consent.site(), linkedAt);
                requireReadableTokens(existing);
                boolean divisionGone = existing.division() != null
                        && divisions.stream().noneMatch(d -> d.code() == existing.division());
                ConnectionRow row = divisionGone ? existing.inDivision(null, linkedAt) : existing;
                connections.update(row.linked(me.email(), cipher.encrypt(tokens.accessToken(), hostEntity),
                        linkedAt.plusSeconds(tokens.expiresInSeconds()), cipher.encrypt(tokens.refreshToken(), hostEntity),
                        linkedAt));
            });
            configurationLog.changed(hostEntity, null, "consent", "user " + me.email());
            return new ConsentResult.Linked(hostEntity, me.email(),
                    divisions.stream().map(d -> d.code() + " " + d.description()).toList());
        } catch (ExactException refused) {
            LOG.warn("Linking {} to Exact failed: {}", hostEntity, refused.getMessage());
            return new ConsentResult.Failed(refused.getMessage());
        } catch (KoppelException refused) {
            LOG.warn("Linking {} refused: {}", hostEntity, refused.getMessage());
            return new ConsentResult.Refused(refused.reason());
        }
    }

    /** The row a consent updates: the existing one on its (possibly new) site, or a new one if it was disconnected. */
    private static ConnectionRow freshRow(ConnectionMapper connections, String hostEntity, ExactSite site, Instant now) {
        ConnectionRow existing = connections.findForUpdate(hostEntity);
        if (existing == null) {
            ConnectionRow created = ConnectionRow.awaitingConsent(hostEntity, site, now);
            connections.insert(created);
            return created;
        }
        return existing.onSite(site, now);
    }

    // --- Keep-alive

    /** Refreshes links nobody used for {@code idle}, so Exact's 30-day expiry of refresh tokens never hits them. */
    void keepIdleLinksAlive(Duration idle) {
        Instant now = clock.instant();
        for (ConnectionRow row : store.transaction(session -> session.mapper(ConnectionMapper.class).list())) {
            boolean linked = row.refreshToken() != null && row.state() != ConnectionState.NEEDS_REAUTHORIZATION
                    && cipher.canOpen(row.refreshToken(), row.hostEntity());
            if (linked && row.tokensRefreshedAt() != null && row.tokensRefreshedAt().plus(idle).isBefore(now)) {
                try {
                    refresher.keepAlive(row.hostEntity());
                    LOG.info("Kept the idle link of {} alive", row.hostEntity());
                } catch (RuntimeException e) {
                    LOG.warn("Could not keep the link of {} alive: {}", row.hostEntity(), e.getMessage());
                }
            }
        }
    }

    /** The token source of a host entity, for tests of the refresh. */
    String accessToken(String hostEntity) {
        return refresher.accessToken(hostEntity);
    }

    // --- token keys

    /** Refuses to change or remove a connection whose tokens this node cannot read: they are another node's. */
    private void requireReadableTokens(ConnectionRow row) {
        if (!cipher.canOpen(row.refreshToken(), row.hostEntity())) {
            throw new KoppelException(cipher.mismatchReason(row.hostEntity(), row.refreshToken()));
        }
    }

    /**
     * Says at start which connections this node cannot read (the nodes disagree on the token key) and how many
     * are still sealed with a key being rotated out.
     */
    private void reportTokenKeys() {
        try {
            List<ConnectionRow> rows = store.transaction(session -> session.mapper(ConnectionMapper.class).list());
            List<String> unreadable = rows.stream()
                    .filter(row -> !cipher.canOpen(row.refreshToken(), row.hostEntity()))
                    .map(ConnectionRow::hostEntity).toList();
            long older = rows.stream().filter(row -> cipher.canOpen(row.refreshToken(), row.hostEntity())
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
        CallContext context = new CallContext(app(row.site()).baseUri(), 0, tokensOf(hostEntity),
                hostEntity, SearchNumbers.CONFIGURATION, operation);
        Integer current = client.me(context).currentDivision();
        if (current == null) {
            throw new KoppelException(Reason.of(ReasonCode.CONNECTION_USER_WITHOUT_DIVISIONS, hostEntity));
        }
        return context.inDivision(current);
    }

    /** The access tokens of a host entity, renewed once when Exact refuses one. */
    private AccessTokenSource tokensOf(String hostEntity) {
        return new AccessTokenSource() {
            @Override
            public String accessToken() {
                return refresher.accessToken(hostEntity);
            }

            @Override
            public String renewAfterRejection(String rejected) {
                return refresher.renewAfterRejection(hostEntity, rejected);
            }
        };
    }

    private CallContext divisionContext(String hostEntity, String operation) {
        ConnectionRow row = linkedRow(hostEntity);
        if (row.division() == null) {
            throw new KoppelException(Reason.of(ReasonCode.CONNECTION_INCOMPLETE, hostEntity));
        }
        return new CallContext(app(row.site()).baseUri(), row.division(), tokensOf(hostEntity),
                hostEntity, SearchNumbers.CONFIGURATION, operation);
    }

    private ConnectionRow linkedRow(String hostEntity) {
        ConnectionRow row = find(hostEntity);
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

    private List<io.koppel.client.model.Division> divisionsOf(CallContext context) {
        try {
            return client.divisions(context);
        } catch (ExactAuthorizationException refused) {
            throw new KoppelException(TokenRefresher.reasonFor(refused, context.hostEntity()), refused);
        }
    }

    private ConnectionRow find(String hostEntity) {
        return store.transaction(session -> session.mapper(ConnectionMapper.class).find(hostEntity));
    }

    private ExactApp app(ExactSite site) {
        return appSource.get().stream().filter(app -> app.site() == site).findFirst()
                .orElseThrow(() -> new IllegalStateException("No Exact app is registered for site " + site
                        + ": copy config-templates/io.koppel.auth.app-" + site.name().toLowerCase(java.util.Locale.ROOT)
                        + ".cfg to etc/ and fill in the app's client id and secret"));
    }

    private String newState() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String state) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
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
