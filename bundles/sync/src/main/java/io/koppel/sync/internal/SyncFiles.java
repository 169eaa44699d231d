package io.koppel.sync.internal;

import io.koppel.api.KoppelException;
import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.api.spi.SyncFileListener;
import io.koppel.api.sync.Ledger;
import io.koppel.api.sync.Settlement;
import io.koppel.api.sync.SyncFile;
import io.koppel.api.sync.SyncFileStatus;
import io.koppel.api.sync.SyncMismatch;
import io.koppel.api.sync.UnallocatedCredit;
import io.koppel.auth.LinkedConnection;
import io.koppel.store.LedgerRow;
import io.koppel.store.Store;
import io.koppel.store.SyncFileRow;
import io.koppel.store.SyncMapper;
import io.koppel.store.UnallocatedCreditRow;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mode 1, the sync file: made in the background from Koppel's copy of Exact's payment terms (brought up to date
 * first), handed back by the host and processed once: the ledger's sequence number is raised in the transaction
 * that records the file's settlements, so of two files of one number exactly one is processed, and a node that
 * dies halfway leaves either nothing or everything recorded (then delivered by the next delivery).
 */
record SyncFiles(Store store, DivisionReader reader, SettlementBook book, SyncFileXml xml, Clock clock,
                 ExecutorService background, Supplier<List<SyncFileListener>> listeners, String installation,
                 String bookkeepingKey, Duration leasePatience, String node) {
    private static final Logger LOG = LoggerFactory.getLogger(SyncFiles.class);

    Ledger define(Ledger ledger) {
        String entities = String.join(",", ledger.hostEntities().stream().sorted().toList());
        store.execute(s -> {
            SyncMapper mapper = s.mapper(SyncMapper.class);
            if (mapper.findLedger(ledger.id()) == null) {
                mapper.insertLedger(new LedgerRow(ledger.id(), ledger.name(), entities, 1));
            } else {
                mapper.updateLedger(ledger.id(), ledger.name(), entities);
            }
        });
        return ledger;
    }

    List<Ledger> ledgers() {
        return store.transaction(s -> s.mapper(SyncMapper.class).ledgers()).stream().map(SyncFiles::ledger).toList();
    }

    /** Starts a file under the ledger's current number; it is made in the background. */
    SyncFile create(String ledgerId) {
        LedgerRow ledger = requireLedger(ledgerId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String id = UUID.randomUUID().toString();
        SyncFileRow row = SyncFileRow.creating(id, ledger.ledger(), ledger.nextSequence(), fileName(ledger), now);
        store.execute(s -> s.mapper(SyncMapper.class).insertFile(row));
        background.execute(() -> make(row, ledger));
        return summary(row);
    }

    private void make(SyncFileRow row, LedgerRow ledger) {
        try {
            List<Settlement> settlements = new ArrayList<>();
            List<SyncMismatch> mismatches = new ArrayList<>();
            List<UnallocatedCredit> credits = new ArrayList<>();
            LocalDate paymentDate = LocalDate.ofInstant(row.createdAt(), ZoneOffset.UTC);
            for (Map.Entry<ExactDivision, List<LinkedConnection>> division
                    : reader.byDivision(entities(ledger)).entrySet()) {
                TermCopy.Outcome outcome = reader.read(division.getKey(), division.getValue().get(0), leasePatience);
                if (outcome == null || !outcome.complete()) {
                    throw new KoppelException(Reason.of(ReasonCode.SYNC_READ_FAILED, division.getValue().get(0).hostEntity(),
                            outcome == null ? "the division is busy (another node holds it)"
                                    : "Exact has more to read than one file reads; make the file again later"));
                }
                List<String> entities = division.getValue().stream().map(LinkedConnection::hostEntity).toList();
                store.execute(s -> {
                    Map<String, Integer> tolerance = new java.util.HashMap<>();
                    DivisionReader.balances(s, division.getKey(), entities, false, balance -> {
                        int cents = tolerance.computeIfAbsent(balance.hostEntity(), e -> DivisionReader.tolerance(s, e));
                        SettlementRules.Decision decision = SettlementRules.decide(balance, cents, paymentDate);
                        decision.settlement().ifPresent(settlements::add);
                        decision.mismatch().ifPresent(mismatches::add);
                    });
                    for (UnallocatedCreditRow credit : DivisionReader.unallocated(s, division.getKey())) {
                        credits.add(new UnallocatedCredit(String.join(",", entities), credit.accountCode(),
                                credit.amount().negate()));
                    }
                });
            }
            String content = xml.write(new SyncFileXml.Header(row.id(), row.fileName(), ledger.ledger(), ledger.name(),
                    installation, row.sequenceNumber(), row.createdAt(), paymentDate), settlements, mismatches, credits);
            Instant now = clock.instant();
            store.execute(s -> s.mapper(SyncMapper.class).fileReady(row.id(), content, settlements.size(), now));
            SyncFile ready = find(row.id()).orElseThrow();
            LOG.info("Sync file {} of ledger {} is ready: {} settlements, {} mismatches", row.fileName(),
                    ledger.ledger(), settlements.size(), mismatches.size());
            listeners.get().forEach(l -> notify(() -> l.fileReady(ready)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(row, "stopped");
        } catch (RuntimeException e) {
            LOG.warn("Sync file {} of ledger {} could not be made: {}", row.fileName(), ledger.ledger(), e.toString());
            failed(row, e instanceof KoppelException k ? k.reason().toString() : e.toString());
        }
    }

    private void failed(SyncFileRow row, String reason) {
        store.execute(s -> s.mapper(SyncMapper.class).fileFailed(row.id(), cut(reason), clock.instant()));
        find(row.id()).ifPresent(file -> listeners.get().forEach(l -> notify(() -> l.fileFailed(file))));
    }

    Optional<SyncFile> find(String id) {
        SyncFileRow row = store.transaction(s -> s.mapper(SyncMapper.class).findFile(id));
        return Optional.ofNullable(row).map(this::toSyncFile);
    }

    List<SyncFile> files(String ledger, Instant from, Instant to) {
        return store.transaction(s -> s.mapper(SyncMapper.class).listFiles(ledger, from, to)).stream()
                .map(this::toSyncFile).toList();
    }

    byte[] download(String id) {
        SyncFileRow row = requireFile(id);
        if (row.content() == null) {
            throw new KoppelException(Reason.of(ReasonCode.SYNC_FILE_NOT_READY, row.fileName(), row.status()));
        }
        return row.content().getBytes(StandardCharsets.UTF_8);
    }

    byte[] report(String id, io.koppel.api.sync.ReportFormat format, java.util.Locale locale) {
        SyncFileRow row = requireFile(id);
        if (row.content() == null) {
            throw new KoppelException(Reason.of(ReasonCode.SYNC_FILE_NOT_READY, row.fileName(), row.status()));
        }
        SyncFile file = toSyncFile(row);
        return format == io.koppel.api.sync.ReportFormat.PDF ? SyncReports.pdf(file, locale) : SyncReports.xlsx(file, locale);
    }

    /** Checks a file handed back and shows what it would change; nothing changes. */
    SyncFile preview(byte[] bytes) {
        SyncFileRow row = fileOf(bytes);
        requireProcessable(row);
        return toSyncFile(row);
    }

    SyncFile process(byte[] bytes) {
        return process(fileOf(bytes).id());
    }

    SyncFile process(String id) {
        SyncFileRow row = requireFile(id);
        requireProcessable(row);
        SyncFileXml.Contents contents = xml.read(row.content());
        Instant now = clock.instant();
        store.execute(s -> {
            SyncMapper mapper = s.mapper(SyncMapper.class);
            if (mapper.advanceSequence(row.ledger(), row.sequenceNumber()) != 1) {
                throw sequenceProcessed(row, mapper.currentSequence(row.ledger()));
            }
            SettlementBook.record(s, row.id(), row.ledger(), contents.settlements(), now);
            if (mapper.markProcessed(row.id(), now, node) != 1) {
                throw new KoppelException(Reason.of(ReasonCode.SYNC_FILE_NOT_READY, row.fileName(), row.status()));
            }
        });
        LOG.info("Sync file {} of ledger {} processed: {} settlements", row.fileName(), row.ledger(),
                contents.settlements().size());
        book.deliver();
        return find(id).orElseThrow();
    }

    /** Files left Creating by a node that stopped: they fail, so a clerk makes a new one. */
    void failAbandoned(Duration olderThan) {
        Instant now = clock.instant();
        store.execute(s -> s.mapper(SyncMapper.class).failStaleCreating(now.minus(olderThan), "abandoned", now));
    }

    private SyncFileRow fileOf(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        SyncFileXml.Contents contents = xml.read(text);
        SyncFileRow row = store.transaction(s -> s.mapper(SyncMapper.class).findFile(contents.header().id()));
        if (row == null || !text.equals(row.content())) {
            throw new KoppelException(Reason.of(ReasonCode.SYNC_FILE_INVALID,
                    row == null ? "Koppel made no file " + contents.header().id() : "it was changed after Koppel made it"));
        }
        return row;
    }

    private void requireProcessable(SyncFileRow row) {
        if ("PROCESSED".equals(row.status())) {
            throw sequenceProcessed(row, store.transaction(s -> s.mapper(SyncMapper.class).currentSequence(row.ledger())));
        }
        if (!"READY".equals(row.status())) {
            throw new KoppelException(Reason.of(ReasonCode.SYNC_FILE_NOT_READY, row.fileName(), row.status()));
        }
        Long current = store.transaction(s -> s.mapper(SyncMapper.class).currentSequence(row.ledger()));
        if (current == null || current != row.sequenceNumber()) {
            throw sequenceProcessed(row, current);
        }
    }

    private static KoppelException sequenceProcessed(SyncFileRow row, Long current) {
        return new KoppelException(Reason.of(ReasonCode.SYNC_SEQUENCE_PROCESSED, row.fileName(), row.sequenceNumber(),
                current));
    }

    private SyncFileRow requireFile(String id) {
        SyncFileRow row = store.transaction(s -> s.mapper(SyncMapper.class).findFile(id));
        if (row == null) {
            throw new KoppelException(Reason.of(ReasonCode.SYNC_FILE_NOT_FOUND, id));
        }
        return row;
    }

    private LedgerRow requireLedger(String ledgerId) {
        LedgerRow ledger = store.transaction(s -> s.mapper(SyncMapper.class).findLedger(ledgerId));
        if (ledger == null) {
            throw new KoppelException(Reason.of(ReasonCode.SYNC_LEDGER_UNKNOWN, ledgerId));
        }
        return ledger;
    }

    private SyncFile toSyncFile(SyncFileRow row) {
        SyncFileStatus status = SyncFileStatus.valueOf(row.status());
        if (row.content() == null) {
            return summary(row);
        }
        return xml.read(row.content()).toSyncFile(status);
    }

    private static SyncFile summary(SyncFileRow row) {
        return new SyncFile(row.id(), row.ledger(), row.sequenceNumber(), row.createdAt(), List.of(), row.fileName(),
                SyncFileStatus.valueOf(row.status()), List.of(), List.of());
    }

    /** The parts of a sync file's name: type, the ledger's name, the installation, the bookkeeping's and ledger's keys. */
    private String fileName(LedgerRow ledger) {
        return "ExactOnlineSyncFile-" + (ledger.name() == null ? ledger.ledger() : ledger.name()) + "-" + installation
                + "B" + bookkeepingKey + "D" + ledger.ledger() + ".xml";
    }

    private static Set<String> entities(LedgerRow ledger) {
        if (ledger.hostEntities() == null || ledger.hostEntities().isBlank()) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.asList(ledger.hostEntities().split(",")));
    }

    static Ledger ledger(LedgerRow row) {
        return new Ledger(row.ledger(), row.name(), entities(row));
    }

    private static void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("A SyncFileListener failed: {}", e.toString());
        }
    }

    private static String cut(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
