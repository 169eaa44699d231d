package io.koppel.sync.internal;

import io.koppel.api.spi.SettlementHandler;
import io.koppel.api.spi.SyncFileListener;
import io.koppel.auth.ExactAccess;
import io.koppel.client.ExactClient;
import io.koppel.store.DivisionLease;
import io.koppel.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Payment sync's parts composed for one node: what the component runs, and what tests build on a real store.
 *
 * @param patience how long a sync file or a run on demand waits while another node (a posting) holds the division
 */
record SyncEngine(SettlementBook book, SyncFiles files, AutomaticSync automatic, PaymentStates states,
                  Duration patience) {

    static SyncEngine compose(Store store, ExactAccess access, ExactClient client, Clock clock,
                              SyncConfiguration configuration, String node, ExecutorService background,
                              Supplier<Optional<SettlementHandler>> handler,
                              Supplier<List<SyncFileListener>> listeners) {
        Duration patience = Duration.ofSeconds(configuration.leasePatienceSeconds());
        TermCopy copy = new TermCopy(store, client, clock, Duration.ofHours(configuration.moveCheckHours()),
                Duration.ofDays(configuration.deletionsKeptDays()));
        DivisionReader reader = new DivisionReader(access, copy,
                new DivisionLease(store, clock, node + "-sync", Duration.ofSeconds(configuration.leaseSeconds())),
                configuration.maxPages());
        SettlementBook book = new SettlementBook(store, clock, handler);
        SyncFiles files = new SyncFiles(store, reader, book, new SyncFileXml(), clock, background, listeners,
                configuration.installation(), configuration.bookkeepingKey(), patience, node);
        return new SyncEngine(book, files, new AutomaticSync(store, reader, book, clock),
                new PaymentStates(store, clock), patience);
    }
}
