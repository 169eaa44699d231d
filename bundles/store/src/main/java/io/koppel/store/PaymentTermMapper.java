package io.koppel.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;

/**
 * SQL of Koppel's copy of Exact's payment terms ({@code koppel_payment_term}), where each division's copy stands
 * ({@code koppel_sync_division}), and the documents with an Exact entry next to their terms.
 */
public interface PaymentTermMapper {

    SyncDivisionRow findDivision(@Param("site") String site, @Param("division") int division);

    void insertDivision(SyncDivisionRow row);

    /** Stores how far a read came; run in the transaction that stored the page. */
    int updateCursors(@Param("site") String site, @Param("division") int division,
                      @Param("termCursor") long termCursor, @Param("deletedCursor") long deletedCursor,
                      @Param("complete") boolean complete, @Param("readAt") Instant readAt);

    int updateMoveCheck(@Param("site") String site, @Param("division") int division,
                        @Param("moveDate") Instant moveDate, @Param("checkedAt") Instant checkedAt);

    /** Starts the division's copy over from cursor 1 (a division move, a cursor too old). */
    int restart(SyncDivisionRow row);

    int deleteTermsOfDivision(@Param("site") String site, @Param("division") int division);

    int deleteTerms(@Param("site") String site, @Param("division") int division,
                    @Param("termIds") Collection<String> termIds);

    void insertTerms(@Param("rows") Collection<PaymentTermRow> rows);

    /** One term replaced by its new version: by its key, which every database finds through the primary key. */
    int deleteTerm(@Param("site") String site, @Param("division") int division, @Param("termId") String termId);

    void insertTerm(PaymentTermRow row);

    /** Exact deleted these terms: kept, marked deleted and changed. */
    int markDeleted(@Param("site") String site, @Param("division") int division,
                    @Param("termIds") Collection<String> termIds);

    List<PaymentTermRow> termsOfEntry(@Param("site") String site, @Param("division") int division,
                                      @Param("entryId") String entryId);

    long countTerms(@Param("site") String site, @Param("division") int division);

    /**
     * Completed postings of the host entities in the division with an Exact entry, next to the entry's terms,
     * handed over one at a time. With {@code changedOnly}, only entries with a changed term.
     */
    void postedBalances(@Param("site") String site, @Param("division") int division,
                        @Param("hostEntities") Collection<String> hostEntities,
                        @Param("changedOnly") boolean changedOnly, ResultHandler<EntryBalanceRow> handler);

    /** Documents the host registered as migrated, matched on the entry number, the same way. */
    void migratedBalances(@Param("site") String site, @Param("division") int division,
                          @Param("hostEntities") Collection<String> hostEntities,
                          @Param("changedOnly") boolean changedOnly, ResultHandler<EntryBalanceRow> handler);

    /** Open receipt terms below zero whose entry is no document of Koppel's: money paid and not allocated. */
    List<UnallocatedCreditRow> unallocatedCredit(@Param("site") String site, @Param("division") int division);

    int clearChanged(@Param("site") String site, @Param("division") int division);

    long countChanged(@Param("site") String site, @Param("division") int division);
}
