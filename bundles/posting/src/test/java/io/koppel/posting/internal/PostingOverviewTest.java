package io.koppel.posting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.koppel.api.Page;
import io.koppel.api.PageRequest;
import io.koppel.api.posting.Posting;
import io.koppel.api.posting.PostingColumn;
import io.koppel.api.posting.PostingQuery;
import io.koppel.store.DatabaseKind;
import io.koppel.store.Store;
import io.koppel.store.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The overview as the dashboard reads it: column filters, any order, pages with their total, streaming. */
class PostingOverviewTest {

    @Test
    void pagesFiltersSortsAndStreamsTheOverview() {
        Store store = TestDatabase.migrated(DatabaseKind.H2).store();
        PostingServiceImpl service = new PostingServiceImpl(store);
        List<io.koppel.api.posting.HostDocument> documents = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            documents.add(Documents.invoice("OV-" + i, Documents.address("7000" + i), Documents.meals(i + "0.00")));
        }
        service.submit(documents);

        // the shared test database holds other tests' postings too: this test reads its own, OV-1 to OV-7
        PostingQuery mine = PostingQuery.all().withSearch("OV-");
        PostingQuery byAmount = mine.sortedBy(PostingColumn.AMOUNT, false);
        Page<Posting> first = service.postings(byAmount, PageRequest.first(3));
        assertEquals(List.of("OV-7", "OV-6", "OV-5"), numbers(first.items()));
        assertEquals(7, first.total());
        Page<Posting> last = service.postings(byAmount, new PageRequest(6, 3));
        assertEquals(List.of("OV-1"), numbers(last.items()));
        assertEquals(7, last.total(), "the last page tells the total by itself");
        assertEquals(7, service.postings(byAmount, new PageRequest(9, 3)).total(), "past the end the table is counted");

        PostingQuery filtered = mine.withColumnFilter(PostingColumn.AMOUNT, "30.00")
                .withColumnFilter(PostingColumn.STATUS, "NEW");
        Page<Posting> one = service.postings(filtered, PageRequest.first(3));
        assertEquals(List.of("OV-3"), numbers(one.items()));
        assertEquals(1, one.total());
        assertEquals(List.of("OV-1", "OV-2"), numbers(service.postings(mine
                .sortedBy(PostingColumn.DOCUMENT, true), PageRequest.first(2)).items()));

        List<Posting> streamed = new ArrayList<>();
        service.each(byAmount, streamed::add);
        assertEquals(List.of("OV-7", "OV-6", "OV-5", "OV-4", "OV-3", "OV-2", "OV-1"), numbers(streamed));
    }

    private static List<String> numbers(List<Posting> postings) {
        return postings.stream().map(Posting::documentNumber).toList();
    }
}
