package io.koppel.sync.internal;

import io.koppel.api.KoppelException;
import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.api.sync.Settlement;
import io.koppel.api.sync.SyncHealth;
import io.koppel.api.sync.SyncMismatch;
import io.koppel.auth.LinkedConnection;
import io.koppel.store.PaymentStateMapper;
import io.koppel.store.PaymentTermMapper;
import io.koppel.store.Store;
import io.koppel.store.SyncConnectionRow;
import io.koppel.store.SyncDivisionRow;
import io.koppel.store.SyncMismatchRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mode 2, automatic: per connection switched on by the admin, on a schedule or on demand. A run reads what changed
 * in the division since the last one and settles at once, in the transaction that marks what it read as settled
 * from. The first read of a division (and a rebuild) settles nothing until it reached the end.
 */
record AutomaticSync(Store store, DivisionReader reader, SettlementBook book, Clock clock) {
    private static final Logger LOG = LoggerFactory.getLogger(AutomaticSync.class);

    SyncHealth configure(String hostEntity, boolean automatic, int toleranceCents) {
        if (toleranceCents < 0) {
            throw new IllegalArgumentException("the tolerance is at least 0 cents");
        }
        Instant now = clock.instant();
        store.execute(s -> {
            PaymentStateMapper mapper = s.mapper(PaymentStateMapper.class);
            if (mapper.findConnection(hostEntity) == null) {
                mapper.insertConnection(new SyncConnectionRow(hostEntity, automatic, toleranceCents, null, null, null, now));
            } else {
                mapper.updateSettings(hostEntity, automatic, toleranceCents, now);
            }
        });
        return health(hostEntity);
    }

    /** Every connection switched on, a division at a time: the scheduled run. */
    void runAll() {
        book.deliver();
        Set<String> entities = new LinkedHashSet<>();
        store.transaction(s -> s.mapper(PaymentStateMapper.class).automaticConnections())
                .forEach(c -> entities.add(c.hostEntity()));
        run(entities, Duration.ZERO);
    }

    /** Runs the connection's division now, with every automatic connection in it, and waits. */
    SyncHealth runNow(String hostEntity, Duration patience) {
        configureIfMissing(hostEntity);
        Set<String> entities = new LinkedHashSet<>();
        entities.add(hostEntity);
        run(entities, patience);
        return health(hostEntity);
    }

    /** Runs the divisions of the automatic connections whose division is this one: a webhook's hint. */
    void runDivision(int division) {
        Set<String> entities = new LinkedHashSet<>();
        for (SyncConnectionRow row : store.transaction(s -> s.mapper(PaymentStateMapper.class).automaticConnections())) {
            try {
                if (reader.byDivision(List.of(row.hostEntity())).keySet().stream().anyMatch(d -> d.number() == division)) {
                    entities.add(row.hostEntity());
                }
            } catch (KoppelException notLinked) {
                // its scheduled run reports it
            }
        }
        if (!entities.isEmpty()) {
            run(entities, Duration.ZERO);
        }
    }

    private void run(Set<String> requested, Duration patience) {
        Map<ExactDivision, List<LinkedConnection>> divisions = new java.util.LinkedHashMap<>();
        for (String entity : requested) {
            try {
                reader.byDivision(List.of(entity)).forEach((d, c) -> divisions.computeIfAbsent(d, k -> new ArrayList<>()).addAll(c));
            } catch (KoppelException e) {
                record(entity, e.reason().toString(), false);
            }
        }
        // every automatic connection of a division settles in the same run: the run marks the division's terms read
        for (SyncConnectionRow row : store.transaction(s -> s.mapper(PaymentStateMapper.class).automaticConnections())) {
            if (requested.contains(row.hostEntity())) {
                continue;
            }
            try {
                reader.byDivision(List.of(row.hostEntity())).forEach((d, c) -> {
                    if (divisions.containsKey(d)) {
                        divisions.get(d).addAll(c);
                    }
                });
            } catch (KoppelException ignored) {
                // not linked: its own run says so
            }
        }
        divisions.forEach((division, connections) -> runDivision(division, connections, patience));
        book.deliver();
    }

    private void runDivision(ExactDivision division, List<LinkedConnection> connections, Duration patience) {
        List<String> entities = connections.stream().map(LinkedConnection::hostEntity).distinct().toList();
        try {
            // settled under the division's lease: a term stored after the settling transaction read the changed
            // terms would lose its changed mark to that transaction's clearing, and with it its settlement
            Boolean ran = reader.read(division, connections.get(0), patience, outcome -> {
                if (outcome.complete()) {
                    settle(division, entities, outcome);
                }
                entities.forEach(e -> record(e, null, true));
                return Boolean.TRUE;
            });
            if (ran == null) {
                LOG.debug("Division {} is busy (another run or node reads it); payment sync runs it next time", division);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("Payment sync of {} failed: {}", entities, e.toString());
            entities.forEach(entity -> record(entity, e instanceof KoppelException k ? k.reason().toString() : e.toString(), false));
        }
    }

    private void settle(ExactDivision division, List<String> entities, TermCopy.Outcome outcome) {
        int[] counts = new int[2];
        store.execute(s -> {
            Map<String, Integer> tolerance = new HashMap<>();
            List<Settlement> settlements = new ArrayList<>();
            DivisionReader.balances(s, division, entities, true, balance -> {
                int cents = tolerance.computeIfAbsent(balance.hostEntity(), e -> DivisionReader.tolerance(s, e));
                SettlementRules.Decision decision = SettlementRules.decide(balance, cents, null);
                decision.settlement().ifPresent(settlements::add);
                PaymentStateMapper mismatches = s.mapper(PaymentStateMapper.class);
                mismatches.deleteMismatch(balance.hostEntity(), balance.documentNumber());
                decision.mismatch().ifPresent(m -> {
                    counts[1]++;
                    LOG.warn("Payment sync of {}: {}", m.hostEntity(), m.reason().text(java.util.Locale.ENGLISH));
                    mismatches.insertMismatch(new SyncMismatchRow(balance.hostEntity(), m.documentNumber(),
                            m.reason().code().name(), String.join(SyncMismatchRow.SEPARATOR, m.reason().arguments()),
                            clock.instant()));
                });
            });
            counts[0] = SettlementBook.record(s, null, null, settlements, clock.instant()).size();
            s.mapper(PaymentTermMapper.class).clearChanged(division.site(), division.number());
        });
        LOG.debug("Payment sync of {}: {} calls, {} terms read, {} settlements, {} mismatches", entities,
                outcome.calls(), outcome.termsRead(), counts[0], counts[1]);
    }

    private void configureIfMissing(String hostEntity) {
        Instant now = clock.instant();
        store.execute(s -> {
            PaymentStateMapper mapper = s.mapper(PaymentStateMapper.class);
            if (mapper.findConnection(hostEntity) == null) {
                mapper.insertConnection(new SyncConnectionRow(hostEntity, false, 0, null, null, null, now));
            }
        });
    }

    private void record(String hostEntity, String error, boolean success) {
        Instant now = clock.instant();
        String cut = error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
        store.execute(s -> {
            PaymentStateMapper mapper = s.mapper(PaymentStateMapper.class);
            if (mapper.findConnection(hostEntity) == null) {
                mapper.insertConnection(new SyncConnectionRow(hostEntity, false, 0, null, null, null, now));
            }
            mapper.recordRun(hostEntity, now, success ? now : null, cut);
        });
    }

    SyncHealth health(String hostEntity) {
        SyncConnectionRow row = store.transaction(s -> s.mapper(PaymentStateMapper.class).findConnection(hostEntity));
        if (row == null) {
            row = new SyncConnectionRow(hostEntity, false, 0, null, null, null, clock.instant());
        }
        SyncDivisionRow division = null;
        long terms = 0;
        try {
            ExactDivision d = reader.byDivision(List.of(hostEntity)).keySet().iterator().next();
            division = store.transaction(s -> s.mapper(PaymentTermMapper.class).findDivision(d.site(), d.number()));
            terms = store.transaction(s -> s.mapper(PaymentTermMapper.class).countTerms(d.site(), d.number()));
        } catch (KoppelException notLinked) {
            // health without a division
        }
        List<SyncMismatch> mismatches = store.transaction(s -> s.mapper(PaymentStateMapper.class).mismatches(hostEntity))
                .stream().map(m -> new SyncMismatch(m.hostEntity(), m.documentNumber(),
                        Reason.of(ReasonCode.valueOf(m.reasonCode()),
                                (Object[]) m.arguments().split(SyncMismatchRow.SEPARATOR, -1)))).toList();
        return new SyncHealth(hostEntity, row.automatic(), row.toleranceCents(), row.lastRunAt(), row.lastSuccessAt(),
                row.lastError(), division == null || !division.complete(), terms, division == null ? null : division.readAt(),
                mismatches);
    }

    List<SyncHealth> health() {
        return store.transaction(s -> s.mapper(PaymentStateMapper.class).connections()).stream()
                .map(c -> health(c.hostEntity())).toList();
    }
}
