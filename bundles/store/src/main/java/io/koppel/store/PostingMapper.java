package io.koppel.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;

/** SQL of {@code koppel_posting}. */
public interface PostingMapper {

    /** @throws org.apache.ibatis.exceptions.PersistenceException when the document number is known already */
    void insert(PostingRow row);

    PostingRow find(String documentNumber);

    /** The posting as it is, its row locked until the transaction ends: read before {@link #claim} marks it. */
    PostingRow findForClaim(String documentNumber);

    /**
     * Postings that are due: New or In progress, their next attempt time passed, not claimed by a live worker.
     * Round robin over host entities, oldest first within each.
     */
    List<PostingRow> findDue(Instant now, int limit);

    /**
     * Claims a due posting for a worker until a time, shows it In progress and marks that it may reach Exact: a node
     * killed while it works on the posting leaves the mark, so the next attempt looks in Exact first. The worker
     * saves the mark's true value with the outcome. The conditional update takes the row lock, so of two nodes
     * claiming the same row one wins.
     *
     * @return 1 when this worker has it, 0 when another has it or it is no longer due
     */
    int claim(String documentNumber, String worker, Instant until, Instant now);

    /**
     * Writes a claimed posting's progress and releases the claim.
     *
     * @return 1, or 0 when the worker no longer holds the claim
     */
    int saveAndRelease(PostingRow row, String worker);

    /**
     * Replaces a New or Failed posting's document with the host's corrected one and queues it afresh, its retry
     * count reset. Postings in progress, completed or fatal are left alone.
     *
     * @return 1 when replaced, 0 otherwise
     */
    int resubmit(PostingRow row);

    /**
     * Makes every posting not Completed look in Exact before its next write, after the database lost what Koppel
     * wrote (a restore from a backup). @return how many
     */
    int markAllOpenToLookFirst();

    /** Lets go of every claim a worker holds, e.g. when its node starts again after a crash. @return how many */
    int releaseClaims(String worker);

    /**
     * Queues New and Failed postings again, due now. Others are left alone.
     *
     * @return how many were queued
     */
    int requeue(Collection<String> documentNumbers, Instant now);

    /** Puts a Fatal posting back to Failed. @return 1, or 0 when it is not Fatal */
    int resetFatal(String documentNumber, Instant now);

    /** A page of the overview, in the filter's order (most recently sent first by default). */
    List<PostingRow> query(PostingFilter filter, int offset, int limit);

    long count(@Param("filter") PostingFilter filter);

    /**
     * Every row of the overview in the filter's order, handed over one at a time as the database sends them (a
     * fetch size, not one result in memory), for exports of any length. Run it inside a transaction: PostgreSQL
     * streams only then.
     */
    void each(@Param("filter") PostingFilter filter, ResultHandler<PostingRow> handler);
}
