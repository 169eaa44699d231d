package io.koppel.posting.internal;

import io.koppel.api.KoppelException;
import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.api.Status;
import io.koppel.api.posting.HostDocument;
import io.koppel.auth.ExactAccess;
import io.koppel.auth.LinkedConnection;
import io.koppel.client.CallContext;
import io.koppel.client.ExactAuthorizationException;
import io.koppel.client.ExactNotFoundException;
import io.koppel.client.ExactRateLimitException;
import io.koppel.client.ExactValidationException;
import io.koppel.client.model.SalesEntry;
import io.koppel.posting.RetrySchedule;
import io.koppel.posting.WorkReasons;
import io.koppel.store.AccountLinkRow;
import io.koppel.store.PostingRow;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts one claimed document: validate locally, make sure the customer exists, look for an entry an earlier
 * attempt may have booked, book the entry. Returns the posting as it stands afterwards; the worker stores it.
 */
final class PostingProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(PostingProcessor.class);
    /** Reasons that hold up every posting of the connection: the division's batch stops at the first. */
    static final java.util.Set<ReasonCode> CONNECTION_WAITS = java.util.EnumSet.of(ReasonCode.RATE_LIMITED,
            ReasonCode.CONNECTION_REFUSED, ReasonCode.CONNECTION_TOKENS_UNAVAILABLE,
            ReasonCode.APP_REGISTRATION_INVALID, ReasonCode.CONNECTION_NEEDS_REAUTHORIZATION,
            ReasonCode.CONNECTION_REFRESH_TOKEN_REUSED, ReasonCode.CONNECTION_EXPIRED, ReasonCode.CONNECTION_REVOKED,
            ReasonCode.CONNECTION_USER_WITHOUT_DIVISIONS, ReasonCode.CONNECTION_MISSING,
            ReasonCode.CONNECTION_INCOMPLETE);

    private final ExactAccess access;
    private final ReferenceDataCache reference;
    private final CustomerLinker customers;
    private final SalesEntryWriter entries;
    private final DocumentValidator validator;
    private final RepeatingRefusals repeating;
    private final RetrySchedule retry;
    private final Clock clock;

    PostingProcessor(ExactAccess access, ReferenceDataCache reference, CustomerLinker customers,
            SalesEntryWriter entries, VatCodes vatCodes, RepeatingRefusals repeating, RetrySchedule retry, Clock clock) {
        this.access = access;
        this.reference = reference;
        this.customers = customers;
        this.entries = entries;
        this.repeating = repeating;
        this.retry = retry;
        this.clock = clock;
        this.validator = new DocumentValidator(clock, vatCodes);
    }

    /** A division writer begins its pass over the division's due postings. */
    void newPass(int division) {
        repeating.newPass(division);
    }

    PostingRow process(PostingRow row, LinkedConnection connection) {
        Instant now = clock.instant();
        HostDocument document = DocumentCodec.read(row.document()).toHostDocument();
        CallContext context = connection.context(row.hostInvoiceId(), "posting");
        Instant firstAttempt = row.firstAttemptAt() == null ? now : row.firstAttemptAt();
        Attempt attempt = new Attempt();
        UUID customer = null;
        try {
            ReferenceData data = reference.get(context);
            Optional<AccountLinkRow> link = customers.link(document.billingAddress().addressId(), connection.division());
            boolean customerKnown = link.map(AccountLinkRow::complete).orElse(false);
            DocumentValidator.Result verdict = validator.validate(document, connection, data, customerKnown);
            if (!verdict.ok() && verdict.referenceMissing()) {
                data = reference.reloadAfterMiss(context, data);
                verdict = validator.validate(document, connection, data, customerKnown);
            }
            if (!verdict.ok()) {
                return row.failed(verdict.refusal().get(), row.attempts(), row.firstAttemptAt(),
                        connection.division(), row.mayHaveReachedExact(), now);
            }
            List<RepeatingRefusals.Cause> causes = causesMet(document, connection, data, link);
            if (row.status() == Status.NEW && row.firstAttemptAt() != null) {
                // posted again by a clerk after a failure: the cause may be fixed in Exact, Exact may say
                repeating.forget(causes);
            }
            Optional<Reason> remembered = repeating.refusalFor(causes);
            if (remembered.isPresent()) {
                return row.failed(remembered.get(), row.attempts(), firstAttempt, connection.division(),
                        row.mayHaveReachedExact(), now);
            }
            customer = customers.ensure(context, document.billingAddress(), link);
            if (row.mayHaveReachedExact()) {
                List<SalesEntry> booked = entries.existing(context, document, customer,
                        SalesEntryWriter.journal(document, connection));
                if (booked.size() == 1) {
                    SalesEntry found = booked.get(0);
                    return row.completed(found.entryId().toString(), found.entryNumber(), connection.division(),
                            firstAttempt, now);
                }
                if (booked.size() > 1) {
                    String numbers = booked.stream().map(entry -> String.valueOf(entry.entryNumber()))
                            .collect(Collectors.joining(", "));
                    return row.failed(Reason.of(ReasonCode.DUPLICATE_IN_EXACT, numbers), row.attempts() + 1,
                            firstAttempt, connection.division(), true, now);
                }
            }
            attempt.mayReachExact();
            SalesEntry booked = entries.book(context, document, customer, connection, data);
            Optional<Reason> mismatch = SalesEntryWriter.mismatch(document, booked);
            if (mismatch.isPresent()) {
                // Booked, but not what the host printed: the clerk corrects the entry in Exact; posting again
                // adopts the corrected entry instead of booking a second one.
                return row.bookedWithMismatch(mismatch.get(), booked.entryId().toString(), booked.entryNumber(),
                        connection.division(), firstAttempt, now);
            }
            return row.completed(booked.entryId().toString(), booked.entryNumber(), connection.division(),
                    firstAttempt, now);
        } catch (ExactValidationException refused) {
            Reason reason = ExactRefusals.reasonFor(refused, sent(document, connection));
            if (reason.code() == ReasonCode.EXACT_REJECTED && customer != null && attempt.wrote) {
                // A refusal of the entry Koppel cannot read: whether it is about the customer, the account says.
                reason = customers.diagnose(context, customer).orElse(reason);
            }
            if (reason.code() == ReasonCode.CUSTOMER_NOT_FOUND) {
                customers.forget(document.billingAddress().addressId(), connection.division());
            }
            Integer division = connection.division();
            Reason remembered = reason;
            RepeatingRefusals.causeOf(reason, division, customer == null ? null : customer.toString())
                    .ifPresent(cause -> repeating.remember(cause, remembered));
            // Exact answered: whatever this attempt sent was refused, nothing is left to look for.
            return row.failed(reason, row.attempts() + 1, firstAttempt, division, false, now);
        } catch (ExactNotFoundException gone) {
            // Only Exact's own word that the customer is unknown clears the link; any other 404 keeps it.
            boolean unknownCustomer = ExactRefusals.isUnknownCustomer(new ExactValidationException(gone.getMessage(),
                    List.of(gone.getMessage().split("\\r?\\n")), 404));
            if (unknownCustomer) {
                customers.forget(document.billingAddress().addressId(), connection.division());
            }
            return row.failed(unknownCustomer ? Reason.of(ReasonCode.CUSTOMER_NOT_FOUND)
                    : Reason.of(ReasonCode.EXACT_REJECTED, gone.getMessage()), row.attempts() + 1,
                    firstAttempt, connection.division(), attempt.wrote || row.mayHaveReachedExact(), now);
        } catch (ExactRateLimitException limited) {
            // Exact's budget or an endpoint's error budget is spent: the posting waits without using up an attempt.
            Instant reset = WorkReasons.resumesAt(limited, now);
            return row.waiting(WorkReasons.rateLimited(limited, reset), reset,
                    attempt.wrote || row.mayHaveReachedExact(), clock.instant());
        } catch (ExactAuthorizationException refused) {
            if (refused.needsConsent()) {
                return waitForConnection(row, attempt.wrote || row.mayHaveReachedExact());
            }
            return row.waiting(WorkReasons.connectionRefused(row.hostEntity(), refused),
                    now.plus(WorkReasons.CONNECTION_RECHECK), attempt.wrote || row.mayHaveReachedExact(),
                    clock.instant());
        } catch (KoppelException connectionWaits) {
            return row.waiting(connectionWaits.reason(), now.plus(WorkReasons.CONNECTION_RECHECK),
                    attempt.wrote || row.mayHaveReachedExact(), clock.instant());
        } catch (RuntimeException transientOrUnknown) {
            return retryOrGiveUp(row, firstAttempt, now, transientOrUnknown, attempt.wrote || row.mayHaveReachedExact());
        }
    }

    /** Everything of the document Exact could refuse for a cause other documents share. */
    private static List<RepeatingRefusals.Cause> causesMet(HostDocument document, LinkedConnection connection,
            ReferenceData data, Optional<AccountLinkRow> link) {
        int division = connection.division();
        List<RepeatingRefusals.Cause> causes = new java.util.ArrayList<>();
        boolean mandateToSend = link.map(AccountLinkRow::mandatePending)
                .orElse(document.billingAddress().mandate().isPresent());
        if (mandateToSend) {
            document.billingAddress().mandate().ifPresent(mandate -> causes.add(new RepeatingRefusals.Cause(division,
                    RepeatingRefusals.Kind.MANDATE_REFERENCE, mandate.reference().strip())));
        }
        data.periodOf(document.printDate()).ifPresent(period -> causes.add(new RepeatingRefusals.Cause(division,
                RepeatingRefusals.Kind.PERIOD, period.year() + "-" + period.period())));
        causes.add(new RepeatingRefusals.Cause(division, RepeatingRefusals.Kind.JOURNAL,
                SalesEntryWriter.journal(document, connection)));
        document.lines().stream().map(line -> line.glAccountCode().strip()).distinct().forEach(code -> causes.add(
                new RepeatingRefusals.Cause(division, RepeatingRefusals.Kind.GL_ACCOUNT, code)));
        connection.costCenter().ifPresent(code -> causes.add(new RepeatingRefusals.Cause(division,
                RepeatingRefusals.Kind.COST_CENTER, code)));
        connection.costUnit().ifPresent(code -> causes.add(new RepeatingRefusals.Cause(division,
                RepeatingRefusals.Kind.COST_UNIT, code)));
        link.filter(AccountLinkRow::complete).ifPresent(complete -> causes.add(new RepeatingRefusals.Cause(division,
                RepeatingRefusals.Kind.CUSTOMER, complete.exactAccountId())));
        return causes;
    }

    private static ExactRefusals.Sent sent(HostDocument document, LinkedConnection connection) {
        return new ExactRefusals.Sent(document.billingAddress().mandate().map(m -> m.reference()).orElse(""),
                SalesEntryWriter.journal(document, connection),
                document.lines().stream().map(line -> line.glAccountCode().strip()).distinct().toList(),
                connection.costCenter().orElse(null), connection.costUnit().orElse(null));
    }

    /** A posting whose connection cannot post yet waits, showing why. */
    PostingRow waitForConnection(PostingRow row, boolean mayHaveReachedExact) {
        Reason reason;
        try {
            access.linked(row.hostEntity());
            reason = Reason.of(ReasonCode.CONNECTION_NEEDS_REAUTHORIZATION, row.hostEntity(), "");
        } catch (KoppelException waiting) {
            reason = waiting.reason();
        }
        return row.waiting(reason, clock.instant().plus(WorkReasons.CONNECTION_RECHECK), mayHaveReachedExact,
                clock.instant());
    }

    private PostingRow retryOrGiveUp(PostingRow row, Instant firstAttempt, Instant now, RuntimeException cause,
            boolean mayHaveReachedExact) {
        int attempts = row.attempts() + 1;
        if (retry.exhausted(attempts, firstAttempt, now)) {
            LOG.warn("Posting {} is fatal after {} attempts: {}", row.documentNumber(), attempts, cause.getMessage());
            return row.fatal(WorkReasons.tooManyRetries(retry, firstAttempt), attempts, firstAttempt,
                    mayHaveReachedExact, now);
        }
        Instant next = retry.nextAttempt(attempts, now);
        return row.retryAt(next, WorkReasons.retryScheduled(attempts, next, cause), attempts, firstAttempt,
                mayHaveReachedExact, now);
    }

    /** Whether the division's batch stops at this outcome: what waits for it would wait for every posting. */
    static boolean holdsUpTheConnection(PostingRow outcome) {
        return outcome != null && outcome.reason() != null && CONNECTION_WAITS.contains(outcome.reason().code())
                && outcome.status() != Status.FAILED;
    }

    /**
     * One attempt's writes to Exact. The claim marked the posting in the database before any write ("may have
     * reached Exact"); the outcome saves whether one was sent.
     */
    private static final class Attempt {
        private boolean wrote;

        void mayReachExact() {
            wrote = true;
        }
    }
}
