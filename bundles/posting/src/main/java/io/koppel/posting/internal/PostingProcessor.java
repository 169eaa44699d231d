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
import io.koppel.store.AccountLinkRow;
import io.koppel.store.PostingRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
    static final Duration CONNECTION_RECHECK = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(PostingProcessor.class);
    private static final DateTimeFormatter FIRST_ATTEMPT =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter RETRY_AT = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final ExactAccess access;
    private final ReferenceDataCache reference;
    private final CustomerLinker customers;
    private final SalesEntryWriter entries;
    private final DocumentValidator validator = new DocumentValidator();
    private final RetryPolicy retry;
    private final Clock clock;

    PostingProcessor(ExactAccess access, ReferenceDataCache reference, CustomerLinker customers,
            SalesEntryWriter entries, RetryPolicy retry, Clock clock) {
        this.access = access;
        this.reference = reference;
        this.customers = customers;
        this.entries = entries;
        this.retry = retry;
        this.clock = clock;
    }

    PostingRow process(PostingRow row, LinkedConnection connection) {
        Instant now = clock.instant();
        HostDocument document = DocumentCodec.read(row.document()).toHostDocument();
        CallContext context = connection.context(row.hostInvoiceId(), "posting");
        Instant firstAttempt = row.firstAttemptAt() == null ? now : row.firstAttemptAt();
        Attempt attempt = new Attempt();
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
                return finished(row, Status.FAILED, verdict.refusal().get(), row.attempts(), row.firstAttemptAt(),
                        connection.division(), null, now, row.mayHaveReachedExact());
            }
            UUID customer = customers.ensure(context, document.billingAddress(), link);
            if (row.mayHaveReachedExact()) {
                List<SalesEntry> booked = entries.existing(context, document, customer,
                        SalesEntryWriter.journal(document, connection));
                if (booked.size() == 1) {
                    return completed(row, booked.get(0), connection, firstAttempt, now);
                }
                if (booked.size() > 1) {
                    String numbers = booked.stream().map(entry -> String.valueOf(entry.entryNumber()))
                            .collect(Collectors.joining(", "));
                    return finished(row, Status.FAILED, Reason.of(ReasonCode.DUPLICATE_IN_EXACT, numbers),
                            row.attempts() + 1, firstAttempt, connection.division(), null, now, true);
                }
            }
            attempt.mayReachExact();
            return completed(row, entries.book(context, document, customer, connection, data), connection,
                    firstAttempt, now);
        } catch (ExactValidationException refused) {
            if (ExactRefusals.isUnknownCustomer(refused)) {
                customers.forget(document.billingAddress().addressId(), connection.division());
            }
            // Exact answered: whatever this attempt sent was refused, nothing is left to look for.
            String mandateReference = document.billingAddress().mandate().map(m -> m.reference()).orElse("");
            return finished(row, Status.FAILED, ExactRefusals.reasonFor(refused, mandateReference), row.attempts() + 1,
                    firstAttempt,
                    connection.division(), null, now, false);
        } catch (ExactNotFoundException gone) {
            customers.forget(document.billingAddress().addressId(), connection.division());
            return finished(row, Status.FAILED, Reason.of(ReasonCode.CUSTOMER_NOT_FOUND), row.attempts() + 1,
                    firstAttempt, connection.division(), null, now, attempt.wrote || row.mayHaveReachedExact());
        } catch (ExactRateLimitException limited) {
            // Exact's budget is spent: the posting waits for the reset without using up an attempt.
            Instant reset = limited.resetAt() == null ? now.plus(CONNECTION_RECHECK) : limited.resetAt();
            return waiting(row, Reason.of(ReasonCode.RATE_LIMITED, RETRY_AT.format(reset) + " UTC"), reset,
                    attempt.wrote || row.mayHaveReachedExact());
        } catch (ExactAuthorizationException | KoppelException connectionRefused) {
            return waitForConnection(row, attempt.wrote || row.mayHaveReachedExact());
        } catch (RuntimeException transientOrUnknown) {
            return retryOrGiveUp(row, firstAttempt, now, transientOrUnknown, attempt.wrote || row.mayHaveReachedExact());
        }
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
        return waiting(row, reason, clock.instant().plus(CONNECTION_RECHECK), mayHaveReachedExact);
    }

    private PostingRow retryOrGiveUp(PostingRow row, Instant firstAttempt, Instant now, RuntimeException cause,
            boolean mayHaveReachedExact) {
        int attempts = row.attempts() + 1;
        if (retry.exhausted(attempts, firstAttempt, now)) {
            LOG.warn("Posting {} is fatal after {} attempts: {}", row.documentNumber(), attempts, cause.getMessage());
            return finished(row, Status.FATAL, Reason.of(ReasonCode.TOO_MANY_RETRIES, retry.maxAttempts(),
                    FIRST_ATTEMPT.format(firstAttempt)), attempts, firstAttempt, row.division(), null, now,
                    mayHaveReachedExact);
        }
        Instant next = retry.nextAttempt(attempts, now);
        Reason reason = Reason.of(ReasonCode.RETRY_SCHEDULED, attempts, RETRY_AT.format(next) + " UTC", brief(cause));
        return new PostingRow(row.documentNumber(), row.hostInvoiceId(), row.hostEntity(), row.documentType(),
                row.personName(), row.title(), row.amount(), row.ogm(), row.document(), Status.IN_PROGRESS, reason,
                attempts, firstAttempt, next, mayHaveReachedExact, row.division(), null, null, null, null,
                row.sentAt(), now);
    }

    private PostingRow waiting(PostingRow row, Reason reason, Instant next, boolean mayHaveReachedExact) {
        Status status = row.attempts() == 0 && !mayHaveReachedExact ? Status.NEW : Status.IN_PROGRESS;
        return new PostingRow(row.documentNumber(), row.hostInvoiceId(), row.hostEntity(), row.documentType(),
                row.personName(), row.title(), row.amount(), row.ogm(), row.document(), status, reason,
                row.attempts(), row.firstAttemptAt(), next, mayHaveReachedExact, row.division(), null, null, null,
                null, row.sentAt(), clock.instant());
    }

    private static PostingRow completed(PostingRow row, SalesEntry entry, LinkedConnection connection,
            Instant firstAttempt, Instant now) {
        return new PostingRow(row.documentNumber(), row.hostInvoiceId(), row.hostEntity(), row.documentType(),
                row.personName(), row.title(), row.amount(), row.ogm(), row.document(), Status.COMPLETED, null,
                row.attempts() + 1, firstAttempt, row.nextAttemptAt(), false, connection.division(),
                entry.entryId().toString(), entry.entryNumber(), null, null, row.sentAt(), now);
    }

    private static PostingRow finished(PostingRow row, Status status, Reason reason, int attempts, Instant firstAttempt,
            Integer division, String entryId, Instant now, boolean mayHaveReachedExact) {
        return new PostingRow(row.documentNumber(), row.hostInvoiceId(), row.hostEntity(), row.documentType(),
                row.personName(), row.title(), row.amount(), row.ogm(), row.document(), status, reason, attempts,
                firstAttempt, row.nextAttemptAt(), mayHaveReachedExact, division, entryId, null, null, null,
                row.sentAt(), now);
    }

    private static String brief(RuntimeException cause) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.length() <= 200 ? message : message.substring(0, 200);
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
