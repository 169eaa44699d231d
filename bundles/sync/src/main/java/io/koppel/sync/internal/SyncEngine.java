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

/** Payment sync's parts composed for one node: what the component runs, and what tests build on a real store. */
final class SyncEngine {
    final SettlementBook book;
    final SyncFiles files;
    final AutomaticSync automatic;
    final PaymentStates states;
    final Duration patience;

    SyncEngine(Store store, ExactAccess access, ExactClient client, Clock clock, SyncConfiguration configuration,
               String node, ExecutorService background, Supplier<Optional<SettlementHandler>> handler,
               Supplier<List<SyncFileListener>> listeners) {
        this.patience = Duration.ofSeconds(configuration.leasePatienceSeconds());
        TermCopy copy = new TermCopy(store, client, clock, Duration.ofHours(configuration.moveCheckHours()),
                Duration.ofDays(configuration.deletionsKeptDays()));
        DivisionReader reader = new DivisionReader(access, copy,
                new DivisionLease(store, clock, node + "-sync", Duration.ofSeconds(configuration.leaseSeconds())),
                configuration.maxPages());
        this.book = new SettlementBook(store, clock, handler);
        this.files = new SyncFiles(store, reader, book, new SyncFileXml(), clock, background, listeners,
                configuration.installation(), configuration.bookkeepingKey(), patience, node);
        this.automatic = new AutomaticSync(store, reader, book, clock);
        this.states = new PaymentStates(store, clock);
    }
}
