package io.koppel.auth.internal;

import io.koppel.api.KoppelException;
import io.koppel.api.connection.ExactSite;
import io.koppel.store.ConnectionMapper;
import io.koppel.store.ConnectionRow;
import io.koppel.store.Store;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The stored connections as this node reads them, with the Exact app registered for each site. */
record ConnectionRows(Store store, TokenCipher cipher, Supplier<List<ExactApp>> appSource) {
    ConnectionRow find(String hostEntity) {
        return store.transaction(session -> session.mapper(ConnectionMapper.class).find(hostEntity));
    }

    List<ConnectionRow> list() {
        return store.transaction(session -> session.mapper(ConnectionMapper.class).list());
    }

    List<ExactApp> apps() {
        return appSource.get();
    }

    ExactApp app(ExactSite site) {
        return appSource.get().stream().filter(app -> app.site() == site).findFirst()
                .orElseThrow(() -> new IllegalStateException("No Exact app is registered for site " + site
                        + ": copy config-templates/io.koppel.auth.app-" + site.name().toLowerCase(Locale.ROOT)
                        + ".cfg to etc/ and fill in the app's client id and secret"));
    }

    /** Refuses to change or remove a connection whose tokens this node cannot read: they are another node's. */
    void requireReadableTokens(ConnectionRow row) {
        if (!cipher.canOpen(row.refreshToken(), row.hostEntity())) {
            throw new KoppelException(cipher.mismatchReason(row.hostEntity(), row.refreshToken()));
        }
    }
}
