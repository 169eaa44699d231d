package io.koppel.store;

import io.koppel.api.Reason;
import io.koppel.api.connection.ConnectionState;
import io.koppel.api.connection.ExactSite;
import java.time.Instant;
import java.util.Objects;

/**
 * A row of {@code koppel_connection}. {@code accessToken} and {@code refreshToken} are ciphertext written by
 * the auth bundle; nothing else may read them.
 */
public record ConnectionRow(
        String hostEntity,
        ExactSite site,
        ConnectionState state,
        Reason stateReason,
        String exactUser,
        Integer division,
        String invoiceJournal,
        String creditNoteJournal,
        String costCenter,
        String costUnit,
        String accessToken,
        Instant accessTokenExpiresAt,
        String refreshToken,
        Instant tokensRefreshedAt,
        Instant linkedAt,
        Instant createdAt,
        Instant updatedAt) {

    /** A connection that waits for the admin's consent at Exact. */
    public static ConnectionRow awaitingConsent(String hostEntity, ExactSite site, Instant now) {
        return new ConnectionRow(hostEntity, site, ConnectionState.AWAITING_CONSENT, null, null, null, null, null,
                null, null, null, null, null, null, null, now, now);
    }

    /** The state a usable link settles in: connected once division and journals are chosen. */
    public ConnectionRow settled(Instant now) {
        ConnectionState settled = refreshToken == null ? ConnectionState.AWAITING_CONSENT
                : division != null && invoiceJournal != null && creditNoteJournal != null ? ConnectionState.CONNECTED
                : ConnectionState.INCOMPLETE;
        return withState(settled, null, now);
    }

    /** Exact refused the tokens for good: they are dropped and the admin links the connection again. */
    public ConnectionRow unlinked(Reason reason, Instant now) {
        return withTokens(null, null, null, now).needsReauthorization(reason, now);
    }

    public ConnectionRow needsReauthorization(Reason reason, Instant now) {
        return withState(ConnectionState.NEEDS_REAUTHORIZATION, reason, now);
    }

    /** The admin's consent gave tokens for this Exact user: the link is (again) usable. */
    public ConnectionRow linked(String user, String newAccessToken, Instant expiresAt, String newRefreshToken,
            Instant now) {
        return new ConnectionRow(hostEntity, site, state, stateReason, user, division, invoiceJournal,
                creditNoteJournal, costCenter, costUnit, newAccessToken, expiresAt, newRefreshToken, now, now,
                createdAt, now).settled(now);
    }

    /** A consent on another Exact site moves the connection there. */
    public ConnectionRow onSite(ExactSite newSite, Instant now) {
        return new ConnectionRow(hostEntity, newSite, state, stateReason, exactUser, division, invoiceJournal,
                creditNoteJournal, costCenter, costUnit, accessToken, accessTokenExpiresAt, refreshToken,
                tokensRefreshedAt, linkedAt, createdAt, now);
    }

    /**
     * Works in this division from now on. Journals and cost codes belong to a division: another division (or
     * none) needs them chosen anew.
     */
    public ConnectionRow inDivision(Integer newDivision, Instant now) {
        boolean same = Objects.equals(division, newDivision);
        return new ConnectionRow(hostEntity, site, state, stateReason, exactUser, newDivision,
                same ? invoiceJournal : null, same ? creditNoteJournal : null, same ? costCenter : null,
                same ? costUnit : null, accessToken, accessTokenExpiresAt, refreshToken, tokensRefreshedAt, linkedAt,
                createdAt, now);
    }

    public ConnectionRow withState(ConnectionState newState, Reason reason, Instant now) {
        return new ConnectionRow(hostEntity, site, newState, reason, exactUser, division, invoiceJournal,
                creditNoteJournal, costCenter, costUnit, accessToken, accessTokenExpiresAt, refreshToken,
                tokensRefreshedAt, linkedAt, createdAt, now);
    }

    public ConnectionRow withTokens(String newAccessToken, Instant expiresAt, String newRefreshToken, Instant now) {
        return new ConnectionRow(hostEntity, site, state, stateReason, exactUser, division, invoiceJournal,
                creditNoteJournal, costCenter, costUnit, newAccessToken, expiresAt, newRefreshToken, now, linkedAt,
                createdAt, now);
    }

    public ConnectionRow withJournals(String invoice, String creditNote, Instant now) {
        return new ConnectionRow(hostEntity, site, state, stateReason, exactUser, division, invoice, creditNote,
                costCenter, costUnit, accessToken, accessTokenExpiresAt, refreshToken, tokensRefreshedAt, linkedAt,
                createdAt, now);
    }

    public ConnectionRow withCosts(String center, String unit, Instant now) {
        return new ConnectionRow(hostEntity, site, state, stateReason, exactUser, division, invoiceJournal,
                creditNoteJournal, center, unit, accessToken, accessTokenExpiresAt, refreshToken, tokensRefreshedAt,
                linkedAt, createdAt, now);
    }
}
