package io.koppel.auth.internal;

import io.koppel.api.log.SearchNumbers;
import io.koppel.store.ConfigurationChangeRow;
import io.koppel.store.Store;
import io.koppel.store.TransactionLogMapper;
import java.security.AccessController;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a connection's configuration changes in the transaction log under search number 55555, beside the
 * exchanges with Exact that checked them, so an admin sees who changed what and when. Who: the user of the JAAS
 * subject the change runs under (Karaf's shell runs every command under its user's; the dashboard runs its
 * endpoints under the logged-in user's); nobody for Exact's consent callback.
 */
record ConfigurationLog(Store store, Clock clock) {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationLog.class);
    private static final int VALUE_LENGTH = 400;

    /**
     * Records a change that is made already: a failure to record it is logged, not thrown.
     *
     * @param newValue what the setting is now, never a secret; {@code null} when cleared
     */
    void changed(String hostEntity, Integer division, String setting, String newValue) {
        ConfigurationChangeRow row = new ConfigurationChangeRow(UUID.randomUUID().toString(), clock.instant(),
                currentUser().orElse(null), hostEntity, division, SearchNumbers.CONFIGURATION, setting,
                newValue == null || newValue.length() <= VALUE_LENGTH ? newValue : newValue.substring(0, VALUE_LENGTH));
        try {
            store.execute(session -> session.mapper(TransactionLogMapper.class).insertConfigurationChange(row));
        } catch (RuntimeException e) {
            LOG.warn("Could not log the configuration change {} of {}: {}", setting, hostEntity, e.getMessage());
        }
    }

    @SuppressWarnings("removal") // Karaf's shell and JAAS still pass the user this way on Java 17
    static Optional<String> currentUser() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        return subject == null ? Optional.empty()
                : subject.getPrincipals(UserPrincipal.class).stream().map(UserPrincipal::getName).findFirst();
    }
}
