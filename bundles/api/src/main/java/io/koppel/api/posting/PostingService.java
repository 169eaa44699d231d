package io.koppel.api.posting;

import io.koppel.api.Page;
import io.koppel.api.PageRequest;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Posts printed documents to Exact Online and shows how far they got.
 */
@ProviderType
public interface PostingService {

    /**
     * Hands printed documents to Koppel ("doorboeken"). They are stored in the same call, with status New, and
     * posted in the background; a restart of Koppel or the host loses none. A document already known by its
     * number is not stored twice: if it is New or Failed it is queued again, otherwise left as it is.
     *
     * @return the postings, in the order of the documents
     */
    List<Posting> submit(List<HostDocument> documents);

    /** A page of the postings overview, most recently sent first. */
    Page<Posting> postings(PostingQuery query, PageRequest page);

    /**
     * Hands every posting the query matches to an action, in the query's order, as the database delivers them:
     * for exports of any length, memory does not grow with the number of postings.
     */
    void each(PostingQuery query, Consumer<? super Posting> action);

    /** One posting by the host's document number. */
    Optional<Posting> posting(String documentNumber);

    /**
     * Queues New or Failed postings again ("Selectie doorboeken"). Others are left as they are.
     *
     * @return the postings as they stand after the call
     */
    List<Posting> repost(Collection<String> documentNumbers);

    /** Writes the overview as CSV with the clerk's column headings, for a spreadsheet. */
    void exportCsv(PostingQuery query, Locale locale, Appendable out) throws IOException;
}
