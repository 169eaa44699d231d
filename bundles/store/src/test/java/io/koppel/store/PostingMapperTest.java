package io.koppel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.api.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.ibatis.exceptions.PersistenceException;

class PostingMapperTest {
    private static final Instant LEASE = Rows.NOW.plusSeconds(60);

    @DatabaseTest
    void keepsEveryColumnAndTheWholeDocument(TestDatabase database) {
        Store store = database.store();
        String bigDocument = "{\"lines\":\"" + "x".repeat(200_000) + "\"}";
        PostingRow row = Rows.posting("D-1", Status.NEW, Rows.NOW);
        PostingRow big = new PostingRow(row.documentNumber(), row.hostInvoiceId(), row.hostEntity(),
                row.documentType(), "Dupont Élise", "Famille Dupont", new java.math.BigDecimal("-0.01"), row.ogm(),
                bigDocument, Status.FAILED, Reason.of(ReasonCode.PERIOD_CLOSED, 2024, 12), 3, Rows.NOW,
                Rows.NOW.plusSeconds(30), true, 797636, "4a1d2b3c-0000-4000-8000-00000000000a", 24700001, null,
                null, Rows.NOW, Rows.NOW.plusSeconds(31));
        store.execute(session -> session.mapper(PostingMapper.class).insert(big));

        assertEquals(big, store.transaction(session -> session.mapper(PostingMapper.class).find("D-1")));
    }

    @DatabaseTest
    void storesEachHostDocumentOnce(TestDatabase database) {
        Store store = database.store();
        store.execute(session -> session.mapper(PostingMapper.class).insert(Rows.posting("D-1", Status.NEW, Rows.NOW)));

        assertThrows(PersistenceException.class, () -> store.execute(
                session -> session.mapper(PostingMapper.class).insert(Rows.posting("D-1", Status.NEW, Rows.NOW))));
    }

    @DatabaseTest
    void findsDueWorkOldestFirstAndSkipsLiveClaims(TestDatabase database) {
        Store store = database.store();
        store.execute(session -> {
            PostingMapper postings = session.mapper(PostingMapper.class);
            postings.insert(Rows.posting("D-3", Status.NEW, Rows.NOW.minusSeconds(10)));
            postings.insert(Rows.posting("D-1", Status.NEW, Rows.NOW.minusSeconds(30)));
            postings.insert(Rows.posting("D-2", Status.IN_PROGRESS, Rows.NOW.minusSeconds(20)));
            postings.insert(Rows.posting("D-later", Status.IN_PROGRESS, Rows.NOW.plusSeconds(60)));
            postings.insert(Rows.posting("D-done", Status.COMPLETED, Rows.NOW.minusSeconds(90)));
            postings.insert(Rows.posting("D-failed", Status.FAILED, Rows.NOW.minusSeconds(90)));
        });
        assertEquals(List.of("D-1", "D-2", "D-3"), due(store, Rows.NOW));

        assertEquals(1, claim(store, "D-1", "node-a", Rows.NOW));
        assertEquals(List.of("D-2", "D-3"), due(store, Rows.NOW));
        // A claim whose node died expires and the work is due again.
        assertEquals(List.of("D-1", "D-2", "D-3", "D-later"), due(store, LEASE.plusMillis(1)));
    }

    @DatabaseTest
    void aPostingDueNowIsFoundAtOnceWhateverTheSubMillisecondOfNow(TestDatabase database) {
        Store store = database.store();
        Instant submitted = Rows.NOW.plusNanos(999_999);
        store.execute(session -> session.mapper(PostingMapper.class)
                .insert(Rows.posting("D-1", Status.NEW, submitted)));

        assertEquals(List.of("D-1"), due(store, submitted));
        assertEquals(Rows.NOW, store.transaction(session -> session.mapper(PostingMapper.class).find("D-1"))
                .nextAttemptAt());
    }

    @DatabaseTest
    void eachHostEntityGetsItsShareOfTheQueue(TestDatabase database) {
        Store store = database.store();
        store.execute(session -> {
            PostingMapper postings = session.mapper(PostingMapper.class);
            for (int i = 0; i < 5; i++) {
                postings.insert(Rows.posting("BIG-" + i, Status.NEW, Rows.NOW.minusSeconds(100 - i)));
            }
            PostingRow small = Rows.posting("SMALL-1", Status.NEW, Rows.NOW.minusSeconds(1));
            postings.insert(new PostingRow(small.documentNumber(), small.hostInvoiceId(), "school-2",
                    small.documentType(), small.personName(), small.title(), small.amount(), small.ogm(),
                    small.document(), small.status(), null, 0, null, small.nextAttemptAt(), false, null, null, null,
                    null, null, small.sentAt(), null));
        });

        List<String> due = store.transaction(s -> s.mapper(PostingMapper.class).findDue(Rows.NOW, 3)).stream()
                .map(PostingRow::documentNumber).toList();
        assertEquals(List.of("BIG-0", "SMALL-1", "BIG-1"), due);
    }

    @DatabaseTest
    void ofTwoNodesClaimingTheSameRowOneWins(TestDatabase database) throws Exception {
        Store store = database.store();
        int rows = 25;
        store.execute(session -> {
            for (int i = 0; i < rows; i++) {
                session.mapper(PostingMapper.class).insert(Rows.posting("D-" + i, Status.NEW, Rows.NOW));
            }
        });
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Callable<Integer>> claimers = new ArrayList<>();
            for (String node : List.of("node-a", "node-b")) {
                claimers.add(() -> {
                    int won = 0;
                    for (int i = 0; i < rows; i++) {
                        together.await();
                        won += claim(store, "D-" + i, node, Rows.NOW);
                    }
                    return won;
                });
            }
            int total = 0;
            for (Future<Integer> claimer : nodes.invokeAll(claimers)) {
                total += claimer.get();
            }
            assertEquals(rows, total, "every row claimed exactly once");
        } finally {
            nodes.shutdownNow();
        }
    }

    @DatabaseTest
    void onlyTheClaimHolderSavesProgress(TestDatabase database) {
        Store store = database.store();
        PostingRow row = Rows.posting("D-1", Status.NEW, Rows.NOW);
        store.execute(session -> session.mapper(PostingMapper.class).insert(row));
        claim(store, "D-1", "node-a", Rows.NOW);
        PostingRow completed = new PostingRow(row.documentNumber(), row.hostInvoiceId(), row.hostEntity(),
                row.documentType(), row.personName(), row.title(), row.amount(), row.ogm(), row.document(),
                Status.COMPLETED, null, 1, Rows.NOW, Rows.NOW, false, 797636, "4a1d2b3c-0000-4000-8000-00000000000b",
                24700002, null, null, row.sentAt(), Rows.NOW.plusSeconds(1));

        assertEquals(0, (int) store.transaction(s -> s.mapper(PostingMapper.class).saveAndRelease(completed, "node-b")));
        assertEquals(1, (int) store.transaction(s -> s.mapper(PostingMapper.class).saveAndRelease(completed, "node-a")));
        PostingRow stored = store.transaction(session -> session.mapper(PostingMapper.class).find("D-1"));
        assertEquals(completed, stored);
        assertNull(stored.claimedBy());
    }

    @DatabaseTest
    void aClaimShowsInProgressAndMarksWhatMayHaveReachedExact(TestDatabase database) {
        Store store = database.store();
        store.execute(session -> session.mapper(PostingMapper.class).insert(Rows.posting("D-1", Status.NEW, Rows.NOW)));
        PostingRow before = store.transaction(s -> s.mapper(PostingMapper.class).findForClaim("D-1"));
        claim(store, "D-1", "node-a", Rows.NOW);

        assertEquals(false, before.mayHaveReachedExact());
        PostingRow claimed = store.transaction(s -> s.mapper(PostingMapper.class).find("D-1"));
        assertEquals(Status.IN_PROGRESS, claimed.status());
        assertEquals(true, claimed.mayHaveReachedExact());
        assertEquals(0, claim(store, "D-1", "node-b", Rows.NOW));
        assertEquals(1, (int) store.transaction(s -> s.mapper(PostingMapper.class).releaseClaims("node-a")));
        assertEquals(1, claim(store, "D-1", "node-b", Rows.NOW));
    }

    @DatabaseTest
    void aCorrectedDocumentReplacesOnlyANewOrFailedOne(TestDatabase database) {
        Store store = database.store();
        store.execute(session -> {
            session.mapper(PostingMapper.class).insert(Rows.posting("D-failed", Status.FAILED, Rows.NOW));
            session.mapper(PostingMapper.class).insert(Rows.posting("D-done", Status.COMPLETED, Rows.NOW));
        });
        PostingRow corrected = Rows.withIdentity(Rows.posting("D-failed", Status.NEW, Rows.NOW.plusSeconds(5)),
                "Peeters Jan", "Familie Peeters-Janssens", "+++090/9337/55493+++");

        assertEquals(1, (int) store.transaction(s -> s.mapper(PostingMapper.class).resubmit(corrected)));
        assertEquals(0, (int) store.transaction(s -> s.mapper(PostingMapper.class)
                .resubmit(Rows.posting("D-done", Status.NEW, Rows.NOW))));
        PostingRow stored = store.transaction(s -> s.mapper(PostingMapper.class).find("D-failed"));
        assertEquals("Familie Peeters-Janssens", stored.title());
        assertEquals(Status.NEW, stored.status());
    }

    @DatabaseTest
    void requeuesOnlyNewAndFailedAndResetsOnlyFatal(TestDatabase database) {
        Store store = database.store();
        store.execute(session -> {
            PostingMapper postings = session.mapper(PostingMapper.class);
            for (Status status : Status.values()) {
                postings.insert(Rows.posting(status.name(), status, Rows.NOW.minusSeconds(100)));
            }
        });
        List<String> all = List.of("NEW", "IN_PROGRESS", "COMPLETED", "FAILED", "FATAL");

        assertEquals(2, (int) store.transaction(s -> s.mapper(PostingMapper.class).requeue(all, Rows.NOW)));
        assertEquals(1, (int) store.transaction(s -> s.mapper(PostingMapper.class).resetFatal("FATAL", Rows.NOW)));
        assertEquals(0, (int) store.transaction(s -> s.mapper(PostingMapper.class).resetFatal("COMPLETED", Rows.NOW)));
        assertEquals(List.of(Status.NEW, Status.IN_PROGRESS, Status.COMPLETED, Status.NEW, Status.FAILED),
                all.stream().map(number -> store.transaction(s -> s.mapper(PostingMapper.class).find(number)).status())
                        .toList());
    }

    @DatabaseTest
    void filtersSearchesAndPagesTheOverview(TestDatabase database) {
        Store store = database.store();
        store.execute(session -> {
            PostingMapper postings = session.mapper(PostingMapper.class);
            postings.insert(Rows.withIdentity(Rows.posting("D-1", Status.COMPLETED, Rows.NOW.minusSeconds(3)),
                    "O'Brien Sean", "Familie O'Brien", "+++000/0000/09797+++"));
            postings.insert(Rows.withIdentity(Rows.posting("D-2", Status.FAILED, Rows.NOW.minusSeconds(2)),
                    "Peeters Jan", "100% korting", "+++090/9337/55493+++"));
            postings.insert(Rows.withIdentity(Rows.posting("D-3", Status.FAILED, Rows.NOW.minusSeconds(1)),
                    "Janssens An", "Familie Janssens", "+++090/9337/55493+++"));
        });

        assertEquals(List.of("D-3", "D-2", "D-1"), query(store, new PostingFilter(null, null, null), 0, 10));
        assertEquals(List.of("D-3", "D-2"), query(store, new PostingFilter("school-1", List.of(Status.FAILED), null), 0, 10));
        assertEquals(List.of("D-1"), query(store, new PostingFilter(null, null, "o'brien"), 0, 10));
        assertEquals(List.of("D-2"), query(store, new PostingFilter(null, null, "100%"), 0, 10));
        assertEquals(List.of("D-3", "D-2"), query(store, new PostingFilter(null, null, "jan"), 0, 10));
        assertEquals(List.of("D-2"), query(store, new PostingFilter(null, null, null), 1, 1));
        assertEquals(List.of(), query(store, new PostingFilter("school-2", null, null), 0, 10));
        assertEquals(2L, (long) store.transaction(s -> s.mapper(PostingMapper.class)
                .count(new PostingFilter(null, List.of(Status.FAILED), null))));
    }

    @DatabaseTest
    void filtersEachColumnAndSortsOnAny(TestDatabase database) {
        Store store = database.store();
        store.execute(session -> {
            PostingMapper postings = session.mapper(PostingMapper.class);
            postings.insert(completed(Rows.withIdentity(Rows.posting("D-1", Status.COMPLETED, Rows.NOW.minusSeconds(3)),
                    "O'Brien Sean", "Familie O'Brien", "+++000/0000/09797+++"), 26700042, "5.00"));
            postings.insert(Rows.withIdentity(failed(Rows.posting("D-2", Status.FAILED, Rows.NOW.minusSeconds(2))),
                    "Peeters Jan", "100% korting", "+++090/9337/55493+++"));
            postings.insert(credit(Rows.withIdentity(Rows.posting("D-3", Status.NEW, Rows.NOW.minusSeconds(1)),
                    "Janssens An", null, "+++090/9337/55493+++")));
        });
        PostingFilter all = new PostingFilter(null, null, null);

        assertEquals(List.of("D-2"), query(store, all.withColumn(PostingFilter.Column.NAME, "PEET"), 0, 10));
        assertEquals(List.of("D-2"), query(store, all.withColumn(PostingFilter.Column.TITLE, "100%"), 0, 10));
        assertEquals(List.of("D-3"), query(store, all.withColumn(PostingFilter.Column.TYPE, "credit_note"), 0, 10));
        assertEquals(List.of("D-1"), query(store, all.withColumn(PostingFilter.Column.AMOUNT, "5,00"), 0, 10));
        assertEquals(List.of(), query(store, all.withColumn(PostingFilter.Column.AMOUNT, "five"), 0, 10));
        assertEquals(List.of("D-3", "D-2"), query(store, all.withColumn(PostingFilter.Column.OGM, "55493"), 0, 10));
        assertEquals(List.of("D-2"), query(store, all.withColumn(PostingFilter.Column.STATUS, "FAILED"), 0, 10));
        assertEquals(List.of("D-2"), query(store, all.withColumn(PostingFilter.Column.REASON, "704000"), 0, 10));
        assertEquals(List.of("D-1"), query(store, all.withColumn(PostingFilter.Column.INVOICE, "inv-d-1"), 0, 10));
        assertEquals(List.of("D-3"), query(store, all.withColumn(PostingFilter.Column.DOCUMENT, "d-3"), 0, 10));
        assertEquals(List.of("D-1"), query(store, all.withColumn(PostingFilter.Column.ENTRY_NUMBER, "26700042"), 0, 10));
        assertEquals(List.of("D-3", "D-2", "D-1"), query(store, all.withColumn(PostingFilter.Column.SENT,
                Rows.NOW.toString().substring(0, 10)), 0, 10));
        assertEquals(List.of(), query(store, all.withColumn(PostingFilter.Column.SENT, "2020-01-01"), 0, 10));
        assertEquals(List.of("D-1"), query(store, all.withColumn(PostingFilter.Column.PROCESSED,
                Rows.NOW.toString().substring(0, 10)), 0, 10));
        assertEquals(List.of("D-2"), query(store, all.withColumn(PostingFilter.Column.NAME, "jan")
                .withColumn(PostingFilter.Column.STATUS, "failed"), 0, 10));
        // the search covers every column: the reason's values, the entry number and the amount too
        assertEquals(List.of("D-2"), query(store, new PostingFilter(null, null, "704000"), 0, 10));
        assertEquals(List.of("D-1"), query(store, new PostingFilter(null, null, "26700042"), 0, 10));
        assertEquals(List.of("D-2"), query(store, new PostingFilter(null, null, "123.45"), 0, 10));
        assertEquals(2L, (long) store.transaction(s -> s.mapper(PostingMapper.class)
                .count(all.withColumn(PostingFilter.Column.OGM, "55493"))));

        assertEquals(List.of("D-3", "D-1", "D-2"), query(store, all.sortedBy(PostingFilter.Column.NAME, true), 0, 10));
        assertEquals(List.of("D-2", "D-1", "D-3"), query(store, all.sortedBy(PostingFilter.Column.NAME, false), 0, 10));
        assertEquals(List.of("D-1", "D-2", "D-3"), query(store, all.sortedBy(PostingFilter.Column.AMOUNT, true), 0, 10));
        assertEquals(List.of("D-1", "D-2", "D-3"), query(store, all.sortedBy(PostingFilter.Column.SENT, true), 0, 10));
        assertEquals(List.of("D-3", "D-2", "D-1"), query(store, all.sortedBy(PostingFilter.Column.STATUS, false), 0, 10));
        // empty values last, whichever the direction and the database
        assertEquals(List.of("D-1", "D-2", "D-3"), query(store, all.sortedBy(PostingFilter.Column.TITLE, false), 0, 10));
        assertEquals(List.of("D-2", "D-1", "D-3"), query(store, all.sortedBy(PostingFilter.Column.TITLE, true), 0, 10));
        assertEquals(List.of("D-1", "D-2", "D-3"), query(store, all.sortedBy(PostingFilter.Column.ENTRY_NUMBER, true), 0, 10));
        assertEquals(List.of("D-1", "D-3", "D-2"), query(store, all.sortedBy(PostingFilter.Column.ENTRY_NUMBER, false), 0, 10));
        assertEquals(List.of("D-2"), query(store, all.sortedBy(PostingFilter.Column.AMOUNT, true), 1, 1));

        List<String> streamed = new ArrayList<>();
        store.execute(session -> session.mapper(PostingMapper.class).each(all.sortedBy(PostingFilter.Column.AMOUNT,
                false), context -> streamed.add(context.getResultObject().documentNumber())));
        assertEquals(List.of("D-3", "D-2", "D-1"), streamed);
        streamed.clear();
        store.execute(session -> session.mapper(PostingMapper.class).each(all.withColumn(PostingFilter.Column.OGM,
                "55493"), context -> streamed.add(context.getResultObject().documentNumber())));
        assertEquals(List.of("D-3", "D-2"), streamed);
    }

    private static PostingRow completed(PostingRow row, int entryNumber, String amount) {
        return new PostingRow(row.documentNumber(), row.hostInvoiceId(), row.hostEntity(), row.documentType(),
                row.personName(), row.title(), new java.math.BigDecimal(amount), row.ogm(), row.document(), row.status(),
                null, 1, Rows.NOW, Rows.NOW, false, 797636, "entry-id", entryNumber, null, null, row.sentAt(), Rows.NOW);
    }

    private static PostingRow failed(PostingRow row) {
        return new PostingRow(row.documentNumber(), row.hostInvoiceId(), row.hostEntity(), row.documentType(),
                row.personName(), row.title(), row.amount(), row.ogm(), row.document(), row.status(),
                Reason.of(ReasonCode.GL_ACCOUNT_BLOCKED, "704000"), 1, Rows.NOW, Rows.NOW, false, 797636, null, null,
                null, null, row.sentAt(), null);
    }

    private static PostingRow credit(PostingRow row) {
        return new PostingRow(row.documentNumber(), row.hostInvoiceId(), row.hostEntity(),
                io.koppel.api.posting.DocumentType.CREDIT_NOTE, row.personName(), row.title(),
                new java.math.BigDecimal("200.00"), row.ogm(), row.document(), row.status(), null, 0, null, row.sentAt(),
                false, null, null, null, null, null, row.sentAt(), null);
    }

    private static List<String> due(Store store, Instant now) {
        return store.transaction(session -> session.mapper(PostingMapper.class).findDue(now, 10)).stream()
                .map(PostingRow::documentNumber).toList();
    }

    private static int claim(Store store, String documentNumber, String node, Instant now) {
        return store.transaction(session -> session.mapper(PostingMapper.class)
                .claim(documentNumber, node, now.plusSeconds(60), now));
    }

    private static List<String> query(Store store, PostingFilter filter, int offset, int limit) {
        return store.transaction(session -> session.mapper(PostingMapper.class).query(filter, offset, limit)).stream()
                .map(PostingRow::documentNumber).toList();
    }
}
