package io.koppel.auth.internal;

import io.koppel.api.KoppelException;
import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.api.connection.ConnectionState;
import io.koppel.auth.ExactAccess;
import io.koppel.auth.LinkedConnection;
import io.koppel.client.AccessTokenSource;
import io.koppel.store.ConnectionMapper;
import io.koppel.store.ConnectionRow;
import io.koppel.store.Store;
import java.util.Optional;

/** Linked connections with fresh tokens, for Koppel's bundles that call Exact. */
record LinkedConnections(Store store, ConnectionRows rows, TokenRefresher refresher) implements ExactAccess {

    @Override
    public LinkedConnection linked(String hostEntity) {
        ConnectionRow row = rows.find(hostEntity);
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
        rows.requireReadableTokens(row);
        return new LinkedConnection(hostEntity, rows.app(row.site()).baseUri(), row.division(), row.invoiceJournal(),
                row.creditNoteJournal(), Optional.ofNullable(row.costCenter()), Optional.ofNullable(row.costUnit()),
                tokensOf(hostEntity), Optional.ofNullable(store.statement(session ->
                        session.mapper(ConnectionMapper.class).vatCode(hostEntity))));
    }

    /**
     * The access tokens of a host entity, renewed once when Exact refuses one. The source holds the token it was
     * handed until it comes within the refresher's margin of its expiry, instead of reading and decrypting it for
     * every call: a connection as {@link #linked} gives it serves one pass of the queue over the host entity's
     * postings. A token another node refreshed meanwhile stays valid at Exact until it expires; one Exact refuses
     * is renewed as before.
     */
    AccessTokenSource tokensOf(String hostEntity) {
        return new AccessTokenSource() {
            private volatile TokenRefresher.AccessToken held;

            @Override
            public String accessToken() {
                TokenRefresher.AccessToken token = held;
                if (token == null || !refresher.stillGood(token)) {
                    token = refresher.currentToken(hostEntity);
                    held = token;
                }
                return token.value();
            }

            @Override
            public String renewAfterRejection(String rejected) {
                TokenRefresher.AccessToken token = refresher.renewedAfterRejection(hostEntity, rejected);
                held = token;
                return token.value();
            }
        };
    }
}
