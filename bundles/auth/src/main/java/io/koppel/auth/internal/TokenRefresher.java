package io.koppel.auth.internal;

import io.koppel.api.KoppelException;
import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.client.ExactAuthorizationException;
import io.koppel.client.ExactRateLimitException;
import io.koppel.client.ExactTooEarlyToRefreshException;
import io.koppel.client.ExactTransientException;
import io.koppel.client.TokenEndpoint;
import io.koppel.client.Tokens;
import io.koppel.store.ConnectionMapper;
import io.koppel.store.ConnectionRow;
import io.koppel.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out access tokens and refreshes them single-flight, across threads and across Karaf nodes.
 *
 * <p>An access token is reused until fewer than {@link #MARGIN} remain, and never replaced before
 * {@link #MINIMUM_AGE} (Exact refuses that). A refresh runs inside a transaction holding the connection's row
 * lock, re-reads the tokens there (another node may have refreshed meanwhile) and stores the rotated pair in the
 * same transaction, so no node ever sends a refresh token that was already used.
 */
final class TokenRefresher {
    static final Duration MARGIN = Duration.ofSeconds(30);
    static final Duration MINIMUM_AGE = Duration.ofSeconds(570);
    private static final Logger LOG = LoggerFactory.getLogger(TokenRefresher.class);

    private final Store store;
    private final TokenEndpoint endpoint;
    private final Function<io.koppel.api.connection.ExactSite, ExactApp> apps;
    private final TokenCipher cipher;
    private final Clock clock;
    private final Map<String, ReentrantLock> inThisJvm = new ConcurrentHashMap<>();

    TokenRefresher(Store store, TokenEndpoint endpoint, Function<io.koppel.api.connection.ExactSite, ExactApp> apps,
            TokenCipher cipher, Clock clock) {
        this.store = store;
        this.endpoint = endpoint;
        this.apps = apps;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * An access token valid for at least {@link #MARGIN}.
     *
     * @throws ExactAuthorizationException when the link is gone; the connection then needs re-authorization and
     *     says why
     */
    String accessToken(String hostEntity) {
        return currentToken(hostEntity).value();
    }

    /** As {@link #accessToken}, with the time the token expires, for a caller that holds on to it. */
    AccessToken currentToken(String hostEntity) {
        ConnectionRow row = store.statement(session -> session.mapper(ConnectionMapper.class).find(hostEntity));
        if (stillGood(row)) {
            return new AccessToken(cipher.decrypt(row.accessToken(), hostEntity), row.accessTokenExpiresAt());
        }
        return refresh(hostEntity, false);
    }

    /** Whether a token held since it was handed out is still valid for at least {@link #MARGIN}. */
    boolean stillGood(AccessToken token) {
        return token.expiresAt() != null && Duration.between(clock.instant(), token.expiresAt()).compareTo(MARGIN) > 0;
    }

    /**
     * A new access token after Exact answered 401 to {@code rejected}: refreshed now, unless another thread or node
     * has replaced the rejected token already. Exact refuses a refresh within 570 seconds of the last one, so a
     * token that young cannot be replaced: the call fails and the connection waits.
     *
     * @throws ExactAuthorizationException UNAUTHORIZED when no other token can be had
     */
    String renewAfterRejection(String hostEntity, String rejected) {
        return renewedAfterRejection(hostEntity, rejected).value();
    }

    /** As {@link #renewAfterRejection}, with the time the token expires. */
    AccessToken renewedAfterRejection(String hostEntity, String rejected) {
        ReentrantLock lock = inThisJvm.computeIfAbsent(hostEntity, key -> new ReentrantLock());
        lock.lock();
        try {
            Outcome outcome = store.transaction(session -> {
                ConnectionMapper connections = session.mapper(ConnectionMapper.class);
                ConnectionRow row = connections.findForUpdate(hostEntity);
                if (row != null && row.accessToken() != null
                        && !cipher.decrypt(row.accessToken(), hostEntity).equals(rejected)) {
                    return Outcome.token(cipher.decrypt(row.accessToken(), hostEntity), row.accessTokenExpiresAt());
                }
                if (row != null && row.tokensRefreshedAt() != null && Duration.between(row.tokensRefreshedAt(),
                        clock.instant()).compareTo(MINIMUM_AGE) < 0) {
                    return Outcome.refused(ExactAuthorizationException.Reason.UNAUTHORIZED, "Exact refused an access"
                            + " token of " + hostEntity + " refreshed less than 570 seconds ago");
                }
                return refreshLocked(connections, hostEntity, true, true);
            });
            return outcome.tokenOrThrow();
        } finally {
            lock.unlock();
        }
    }

    /** Refreshes a link that is idle, so Exact's 30-day expiry of unused refresh tokens never hits. */
    void keepAlive(String hostEntity) {
        refresh(hostEntity, true);
    }

    private AccessToken refresh(String hostEntity, boolean evenIfStillGood) {
        // Threads of this node queue here, so only one of them holds a database connection waiting for the row.
        ReentrantLock lock = inThisJvm.computeIfAbsent(hostEntity, key -> new ReentrantLock());
        lock.lock();
        try {
            Outcome outcome = store.transaction(session -> refreshLocked(session.mapper(ConnectionMapper.class),
                    hostEntity, evenIfStillGood, false));
            return outcome.tokenOrThrow();
        } finally {
            lock.unlock();
        }
    }

    private Outcome refreshLocked(ConnectionMapper connections, String hostEntity, boolean evenIfStillGood,
            boolean tokenRejected) {
        ConnectionRow row = connections.findForUpdate(hostEntity);
        if (row == null || row.refreshToken() == null) {
            return Outcome.refused(ExactAuthorizationException.Reason.REVOKED, hostEntity + " is not linked");
        }
        Instant now = clock.instant();
        if (stillGood(row) && !tokenRejected && !(evenIfStillGood && tooOldToKeepIdle(row, now))) {
            return Outcome.token(cipher.decrypt(row.accessToken(), hostEntity), row.accessTokenExpiresAt());
        }
        if (!tokenRejected && row.tokensRefreshedAt() != null
                && Duration.between(row.tokensRefreshedAt(), now).compareTo(MINIMUM_AGE) < 0) {
            // Exact's token is younger than it allows a refresh for (a short expires_in); it is still valid.
            return Outcome.token(cipher.decrypt(row.accessToken(), hostEntity), row.accessTokenExpiresAt());
        }
        ExactApp app = apps.apply(row.site());
        String refreshToken = cipher.decrypt(row.refreshToken(), hostEntity);
        Tokens tokens;
        try {
            tokens = askForNewTokens(app, refreshToken, hostEntity);
        } catch (ExactTooEarlyToRefreshException early) {
            if (tokenRejected) {
                return Outcome.refused(ExactAuthorizationException.Reason.UNAUTHORIZED, early.getMessage());
            }
            // Exact's clock runs behind ours: its token is still valid in its eyes.
            return Outcome.token(cipher.decrypt(row.accessToken(), hostEntity), row.accessTokenExpiresAt());
        } catch (ExactTransientException | ExactRateLimitException notNow) {
            // A 429, a 5xx, a timeout or an answer nobody explained: the grant is not known to be gone, so the
            // tokens stay and the refresh is tried again later.
            LOG.warn("Exact's token endpoint gave {} no new tokens ({}); the link is kept", hostEntity,
                    notNow.getMessage());
            return Outcome.waiting(Reason.of(ReasonCode.CONNECTION_TOKENS_UNAVAILABLE, hostEntity,
                    notNow.getMessage()));
        } catch (ExactAuthorizationException refused) {
            if (refused.reason() == ExactAuthorizationException.Reason.INVALID_CLIENT) {
                // Koppel's app registration (client id or secret) is wrong: one fix by the admin for every school;
                // the links themselves are fine and are kept.
                LOG.error("Exact does not accept Koppel's app registration for site {}: {}", row.site(),
                        refused.getMessage());
                return Outcome.waiting(Reason.of(ReasonCode.APP_REGISTRATION_INVALID, row.site().name(),
                        row.site().name().toLowerCase(java.util.Locale.ROOT)));
            }
            if (!refused.needsConsent()) {
                throw refused;
            }
            LOG.warn("Exact refused the tokens of {}: {}; the connection needs a new link", hostEntity,
                    refused.reason());
            connections.update(row.unlinked(reasonFor(refused, hostEntity), now));
            return Outcome.refused(refused.reason(), refused.getMessage());
        }
        Instant refreshedAt = clock.instant();
        Instant expiresAt = refreshedAt.plusSeconds(tokens.expiresInSeconds());
        connections.update(row.withTokens(cipher.encrypt(tokens.accessToken(), hostEntity), expiresAt,
                cipher.encrypt(tokens.refreshToken(), hostEntity), refreshedAt));
        return Outcome.token(tokens.accessToken(), expiresAt);
    }

    /**
     * One refresh. When its answer was lost after Exact may have rotated the pair, it asks once more straight
     * away: Exact accepts the just-replaced refresh token for a short grace, and answers "Old refresh token used"
     * where it does not, which then ends the link with that reason.
     */
    private Tokens askForNewTokens(ExactApp app, String refreshToken, String hostEntity) {
        try {
            return endpoint.refresh(app.baseUri(), app.clientId(), app.clientSecret(), refreshToken, hostEntity);
        } catch (ExactTransientException lost) {
            if (!lost.mayHaveReachedExact()) {
                throw lost;
            }
            LOG.warn("The answer to the token refresh of {} was lost ({}); asking again", hostEntity, lost.getMessage());
            return endpoint.refresh(app.baseUri(), app.clientId(), app.clientSecret(), refreshToken, hostEntity);
        }
    }

    private boolean stillGood(ConnectionRow row) {
        return row != null && row.accessToken() != null && row.accessTokenExpiresAt() != null
                && Duration.between(clock.instant(), row.accessTokenExpiresAt()).compareTo(MARGIN) > 0;
    }

    private static boolean tooOldToKeepIdle(ConnectionRow row, Instant now) {
        return row.tokensRefreshedAt() == null
                || Duration.between(row.tokensRefreshedAt(), now).compareTo(MINIMUM_AGE) >= 0;
    }

    static Reason reasonFor(ExactAuthorizationException refused, String hostEntity) {
        return switch (refused.reason()) {
            case OLD_REFRESH_TOKEN -> Reason.of(ReasonCode.CONNECTION_REFRESH_TOKEN_REUSED, hostEntity);
            case EXPIRED -> Reason.of(ReasonCode.CONNECTION_EXPIRED, hostEntity);
            case REVOKED -> Reason.of(ReasonCode.CONNECTION_REVOKED, hostEntity);
            case USER_WITHOUT_DIVISIONS -> Reason.of(ReasonCode.CONNECTION_USER_WITHOUT_DIVISIONS, hostEntity);
            default -> Reason.of(ReasonCode.CONNECTION_NEEDS_REAUTHORIZATION, hostEntity, refused.getMessage());
        };
    }

    /** An access token and the time it expires. */
    record AccessToken(String value, Instant expiresAt) {
    }

    /** What a locked refresh came to; thrown only after its transaction committed the connection's new state. */
    private record Outcome(AccessToken token, ExactAuthorizationException.Reason refusal, String message,
            Reason waitReason) {
        static Outcome token(String token, Instant expiresAt) {
            return new Outcome(new AccessToken(token, expiresAt), null, null, null);
        }

        static Outcome refused(ExactAuthorizationException.Reason reason, String message) {
            return new Outcome(null, reason, message, null);
        }

        /** No token now, the link kept: what needs it waits, saying why. */
        static Outcome waiting(Reason why) {
            return new Outcome(null, null, null, why);
        }

        AccessToken tokenOrThrow() {
            if (waitReason != null) {
                throw new KoppelException(waitReason);
            }
            if (token == null) {
                throw new ExactAuthorizationException(refusal, message, null);
            }
            return token;
        }
    }
}
