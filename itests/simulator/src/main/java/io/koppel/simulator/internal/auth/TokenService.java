package io.koppel.simulator.internal.auth;

import io.koppel.simulator.AppRegistration;
import io.koppel.simulator.SimUser;
import io.koppel.simulator.SimulatorClock;
import io.koppel.simulator.TokenPair;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Exact's token rules: one-time codes valid 3 minutes, access tokens valid 600 s, refresh tokens rotated
 * on every use and refused when reused, unused for 30 days, or used before 570 s of the access token's
 * life have passed, and at most N token calls per app, user and UTC day.
 */
public final class TokenService {
    public static final Duration CODE_LIFETIME = Duration.ofMinutes(3);
    public static final Duration ACCESS_LIFETIME = Duration.ofSeconds(600);
    public static final Duration REFRESH_LIFETIME = Duration.ofDays(30);
    public static final Duration EARLIEST_REFRESH = Duration.ofSeconds(570);
    private static final DateTimeFormatter EXPIRY_FORMAT =
            DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US).withZone(ZoneOffset.UTC);
    // websmurf/laravel-exact-online #25; its cause at Exact is unclear, the simulator uses it for unknown and revoked refresh tokens
    private static final String CHAIN_ERROR = "Token is not allowed, because of invalid or empty chainId";

    private final SimulatorClock clock;
    private final OAuthRegistry registry;
    private volatile int tokenCallsPerDay;
    private final Duration refreshGrace;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, CodeGrant> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, RefreshGrant> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> tokenCallsPerKey = new ConcurrentHashMap<>();
    private final AtomicLong tokenCalls = new AtomicLong();

    public TokenService(SimulatorClock clock, OAuthRegistry registry, int tokenCallsPerDay, Duration refreshGrace) {
        this.clock = clock;
        this.registry = registry;
        this.tokenCallsPerDay = tokenCallsPerDay;
        this.refreshGrace = refreshGrace;
    }

    private record CodeGrant(String clientId, UUID userId, String redirectUri, Instant issuedAt, AtomicInteger uses) {
    }

    /** Who a token was issued to and when; once revoked it is refused. */
    private static final class Grant {
        final String clientId;
        final UUID userId;
        final Instant issuedAt;
        volatile boolean revoked;

        Grant(String clientId, UUID userId, Instant issuedAt) {
            this.clientId = clientId;
            this.userId = userId;
            this.issuedAt = issuedAt;
        }

        /** Null arguments match any app or user. */
        boolean belongsTo(String client, UUID user) {
            return (client == null || clientId.equalsIgnoreCase(client)) && (user == null || userId.equals(user));
        }
    }

    /** A refresh token's grant and when it was first used (null while unused). */
    private static final class RefreshGrant {
        final Grant grant;
        volatile Instant usedAt;

        RefreshGrant(Grant grant) {
            this.grant = grant;
        }
    }

    /** Result of checking a bearer token; {@code clientId} is known even for expired or revoked tokens. */
    public record AuthResult(Principal principal, String failure, String clientId) {
        public boolean ok() {
            return principal != null;
        }
    }

    public void setTokenCallsPerDay(int limit) {
        this.tokenCallsPerDay = limit;
    }

    public long tokenCallCount() {
        return tokenCalls.get();
    }

    /** Exact's codes look like "XTzM!IAAAA..." - the '!' must survive URL decoding on the client. */
    public String issueCode(AppRegistration app, SimUser user, String redirectUri) {
        String code = "XTzM!IAAAA" + randomText(48);
        codes.put(code, new CodeGrant(app.clientId(), user.userId(), redirectUri, clock.now(), new AtomicInteger()));
        return code;
    }

    public TokenOutcome token(Map<String, String> form) {
        tokenCalls.incrementAndGet();
        String grantType = form.get("grant_type");
        AppRegistration app = registry.app(form.get("client_id"));
        if (app == null || !app.clientSecret().equals(form.get("client_secret"))) {
            return TokenOutcome.error(400, "invalid_client", "Client authentication failed");
        }
        if ("authorization_code".equals(grantType)) {
            return exchangeCode(app, form);
        }
        if ("refresh_token".equals(grantType)) {
            return refresh(app, form.get("refresh_token"));
        }
        return TokenOutcome.error(400, "unsupported_grant_type", "The grant type is not supported");
    }

    private TokenOutcome exchangeCode(AppRegistration app, Map<String, String> form) {
        String code = form.get("code");
        CodeGrant grant = code == null ? null : codes.get(code);
        // Exact answers a reused or expired code with a bare "400 Bad Request" (picqer README)
        TokenOutcome badRequest = new TokenOutcome(400, "Bad Request", false, Map.of());
        if (grant == null || !grant.clientId().equals(app.clientId())) {
            return badRequest;
        }
        TokenOutcome limited = countTokenCall(app.clientId(), grant.userId());
        if (limited != null) {
            return limited;
        }
        boolean firstUse = grant.uses().getAndIncrement() == 0;
        boolean expired = clock.now().isAfter(grant.issuedAt().plus(CODE_LIFETIME));
        if (!firstUse || expired || !grant.redirectUri().equals(form.get("redirect_uri"))) {
            return badRequest;
        }
        return TokenOutcome.ok(tokenJson(issuePair(app.clientId(), grant.userId())));
    }

    private TokenOutcome refresh(AppRegistration app, String token) {
        RefreshGrant refresh = token == null ? null : refreshTokens.get(token);
        if (refresh == null || !refresh.grant.clientId.equals(app.clientId())) {
            return TokenOutcome.error(400, "invalid_grant", CHAIN_ERROR);
        }
        Grant grant = refresh.grant;
        TokenOutcome limited = countTokenCall(app.clientId(), grant.userId);
        if (limited != null) {
            return limited;
        }
        if (grant.revoked) {
            return TokenOutcome.error(400, "invalid_grant", CHAIN_ERROR);
        }
        Instant now = clock.now();
        synchronized (refresh) {
            if (refresh.usedAt != null && !now.isBefore(refresh.usedAt.plus(refreshGrace))) {
                return TokenOutcome.error(401, "unauthorized_client", "Old refresh token used.");
            }
            Instant expiresAt = grant.issuedAt.plus(REFRESH_LIFETIME);
            if (now.isAfter(expiresAt)) {
                return TokenOutcome.error(400, "invalid_request", "The refresh token expired at "
                        + EXPIRY_FORMAT.format(expiresAt) + " and it is now " + EXPIRY_FORMAT.format(now) + ".");
            }
            if (now.isBefore(grant.issuedAt.plus(EARLIEST_REFRESH))) {
                String description = "Rate limit exceeded: access_token not expired";
                return TokenOutcome.error(400, "access_denied", description)
                        .withHeader("Reason", "TooEarlyToRefreshTokens: " + description);
            }
            if (refresh.usedAt == null) {
                refresh.usedAt = now;
            }
        }
        return TokenOutcome.ok(tokenJson(issuePair(app.clientId(), grant.userId)));
    }

    /** Counts a token call against the daily cap; returns the refusal when the cap is already reached. */
    private TokenOutcome countTokenCall(String clientId, UUID userId) {
        LocalDate day = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
        AtomicInteger count = tokenCallsPerKey.computeIfAbsent(clientId + "|" + userId + "|" + day, k -> new AtomicInteger());
        if (count.incrementAndGet() > tokenCallsPerDay) {
            // Not observed; shaped like the observed TooEarlyToRefreshTokens refusal
            String description = "Rate limit exceeded: token requests per day";
            return TokenOutcome.error(400, "access_denied", description)
                    .withHeader("Reason", "TooManyTokenRequests: " + description);
        }
        return null;
    }

    /** Hands out tokens without the consent dance or the daily count, for test set-up. */
    public TokenPair issueDirect(AppRegistration app, SimUser user) {
        return issuePair(app.clientId(), user.userId());
    }

    private TokenPair issuePair(String clientId, UUID userId) {
        Instant now = clock.now();
        String access = "AAEAA" + randomText(240);
        String refresh = "Gcp7!IAAAA" + randomText(96);
        accessTokens.put(access, new Grant(clientId, userId, now));
        refreshTokens.put(refresh, new RefreshGrant(new Grant(clientId, userId, now)));
        return new TokenPair(access, refresh, String.valueOf(ACCESS_LIFETIME.toSeconds()));
    }

    private static String tokenJson(TokenPair pair) {
        // expires_in is a JSON string in Exact's documented example
        return "{\"access_token\":\"" + pair.accessToken() + "\",\"token_type\":\"bearer\",\"expires_in\":\""
                + pair.expiresIn() + "\",\"refresh_token\":\"" + pair.refreshToken() + "\"}";
    }

    public AuthResult authenticate(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return new AuthResult(null, "missing", null);
        }
        Grant grant = accessTokens.get(authorizationHeader.substring(7).trim());
        if (grant == null) {
            return new AuthResult(null, "unknown", null);
        }
        if (grant.revoked) {
            return new AuthResult(null, "revoked", grant.clientId);
        }
        if (!clock.now().isBefore(grant.issuedAt.plus(ACCESS_LIFETIME))) {
            return new AuthResult(null, "expired", grant.clientId);
        }
        AppRegistration app = registry.app(grant.clientId);
        SimUser user = registry.user(grant.userId);
        if (app == null || user == null) {
            return new AuthResult(null, "unknown", grant.clientId);
        }
        return new AuthResult(new Principal(app, user), null, grant.clientId);
    }

    /** Revokes access and refresh tokens; null arguments match any app or user. Returns how many were revoked. */
    public int revoke(String clientId, UUID userId) {
        int count = 0;
        for (Grant g : allGrants()) {
            if (g.belongsTo(clientId, userId) && !g.revoked) {
                g.revoked = true;
                count++;
            }
        }
        return count;
    }

    private List<Grant> allGrants() {
        List<Grant> all = new ArrayList<>(accessTokens.values());
        refreshTokens.values().forEach(r -> all.add(r.grant));
        return all;
    }

    /** Revokes everything of the app and user behind this bearer header, if it is known. */
    public void revokeCaller(String authorizationHeader) {
        if (authorizationHeader == null || authorizationHeader.length() < 8) {
            return;
        }
        Grant grant = accessTokens.get(authorizationHeader.substring(7).trim());
        if (grant != null) {
            revoke(grant.clientId, grant.userId);
        }
    }

    public void clear() {
        codes.clear();
        accessTokens.clear();
        refreshTokens.clear();
        tokenCallsPerKey.clear();
        tokenCalls.set(0);
    }

    private String randomText(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        // standard alphabet on purpose: '+', '/' and '=' must be form-encoded by the client, as with Exact's tokens
        return Base64.getEncoder().encodeToString(b);
    }
}
