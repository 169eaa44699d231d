package io.koppel.auth.internal;

import io.koppel.api.KoppelException;
import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.api.connection.ExactSite;
import io.koppel.api.log.SearchNumbers;
import io.koppel.client.CallContext;
import io.koppel.client.ExactAuthorizationException;
import io.koppel.client.ExactClient;
import io.koppel.client.ExactException;
import io.koppel.client.TokenEndpoint;
import io.koppel.client.Tokens;
import io.koppel.client.model.Me;
import io.koppel.store.ConnectionMapper;
import io.koppel.store.ConnectionRow;
import io.koppel.store.OAuthStateMapper;
import io.koppel.store.OAuthStateRow;
import io.koppel.store.Store;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Linking a host entity to Exact with OAuth2: the consent page's address with a one-time state, then Exact's
 * callback, whose code becomes the connection's tokens.
 */
record ConsentFlow(Store store, ConnectionRows rows, TokenEndpoint tokenEndpoint, ExactClient client,
        TokenCipher cipher, Clock clock, Duration consentTime, ConfigurationLog configurationLog) {
    private static final Logger LOG = LoggerFactory.getLogger(ConsentFlow.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    URI connect(String hostEntity, ExactSite site) {
        ExactApp app = rows.app(site);
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
        configurationLog.changed(hostEntity, null, "connect", site.name());
        return tokenEndpoint.authorizationUri(app.baseUri(), app.clientId(), app.redirectUri(), state);
    }

    ConsentResult complete(String state, String code, String error) {
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
        ConnectionRow before = rows.find(hostEntity);
        if (before != null && !cipher.canOpen(before.refreshToken(), hostEntity)) {
            // Linking here would replace tokens the other nodes still use with ones they cannot read.
            Reason mismatch = cipher.mismatchReason(hostEntity, before.refreshToken());
            LOG.error("Refused to link {} on this node: {}", hostEntity, mismatch.text(java.util.Locale.ENGLISH));
            return new ConsentResult.Refused(mismatch);
        }
        ExactApp app = rows.app(consent.site());
        try {
            Tokens tokens = tokenEndpoint.exchangeCode(app.baseUri(), app.clientId(), app.clientSecret(),
                    app.redirectUri(), code, hostEntity);
            CallContext context = new CallContext(app.baseUri(), 0, tokens::accessToken, hostEntity,
                    SearchNumbers.CONFIGURATION, "consent");
            Me me = client.me(context);
            List<io.koppel.client.model.Division> divisions = me.currentDivision() == null ? List.of()
                    : divisionsOf(client, context.inDivision(me.currentDivision()));
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
                rows.requireReadableTokens(existing);
                boolean divisionGone = existing.division() != null
                        && divisions.stream().noneMatch(d -> d.code() == existing.division());
                ConnectionRow row = divisionGone ? existing.inDivision(null, linkedAt) : existing;
                connections.update(row.linked(me.email(), cipher.encrypt(tokens.accessToken(), hostEntity),
                        linkedAt.plusSeconds(tokens.expiresInSeconds()),
                        cipher.encrypt(tokens.refreshToken(), hostEntity), linkedAt));
            });
            configurationLog.changed(hostEntity, null, "consent", me.email());
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
    private static ConnectionRow freshRow(ConnectionMapper connections, String hostEntity, ExactSite site,
            Instant now) {
        ConnectionRow existing = connections.findForUpdate(hostEntity);
        if (existing == null) {
            ConnectionRow created = ConnectionRow.awaitingConsent(hostEntity, site, now);
            connections.insert(created);
            return created;
        }
        return existing.onSite(site, now);
    }

    static List<io.koppel.client.model.Division> divisionsOf(ExactClient client, CallContext context) {
        try {
            return client.divisions(context);
        } catch (ExactAuthorizationException refused) {
            throw new KoppelException(TokenRefresher.reasonFor(refused, context.hostEntity()), refused);
        }
    }

    private static String newState() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String state) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(state.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
