package io.koppel.store;

import io.koppel.api.Reason;
import io.koppel.api.connection.ConnectionState;
import io.koppel.api.connection.ExactSite;
import java.time.Instant;

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

    public ConnectionRow withDivision(Integer newDivision, Instant now) {
        return new ConnectionRow(hostEntity, site, state, stateReason, exactUser, newDivision, invoiceJournal,
                creditNoteJournal, costCenter, costUnit, accessToken, accessTokenExpiresAt, refreshToken,
                tokensRefreshedAt, linkedAt, createdAt, now);
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

    public ConnectionRow withLink(String user, Instant now) {
        return new ConnectionRow(hostEntity, site, state, stateReason, user, division, invoiceJournal,
                creditNoteJournal, costCenter, costUnit, accessToken, accessTokenExpiresAt, refreshToken,
                tokensRefreshedAt, now, createdAt, now);
    }
}
