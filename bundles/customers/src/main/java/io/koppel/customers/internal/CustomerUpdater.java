package io.koppel.customers.internal;

import io.koppel.api.KoppelException;
import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.auth.LinkedConnection;
import io.koppel.posting.DivisionWork;
import io.koppel.posting.RetrySchedule;
import io.koppel.posting.WorkReasons;
import io.koppel.client.CallContext;
import io.koppel.client.ExactAuthorizationException;
import io.koppel.client.ExactClient;
import io.koppel.client.ExactNotFoundException;
import io.koppel.client.ExactRateLimitException;
import io.koppel.client.ExactValidationException;
import io.koppel.client.model.AccountChanges;
import io.koppel.client.model.AccountFields;
import io.koppel.store.AccountLinkMapper;
import io.koppel.store.AccountLinkRow;
import io.koppel.store.BillingAddressMapper;
import io.koppel.store.BillingAddressRow;
import io.koppel.store.ConnectionMapper;
import io.koppel.store.ConnectionRow;
import io.koppel.store.CustomerUpdateMapper;
import io.koppel.store.CustomerUpdateRow;
import io.koppel.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the due customer updates of a division, one at a time, on the node that holds the division's lease.
 * Each update is claimed, then the newest state of its address is read and compared with what Exact last got:
 * only the fields that differ are sent ({@code PUT crm/Accounts}), none at all when none differ. A state that
 * arrived while an older one was sent leaves the update New for it, so Exact ends with the newest state.
 */
public final class CustomerUpdater implements DivisionWork {
    static final Duration CUSTOMER_BEING_CREATED = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(CustomerUpdater.class);

    private final Store store;
    private final ExactClient client;
    private final Clock clock;
    private final String worker;
    private final Duration claim;
    private final RetrySchedule retries;

    public CustomerUpdater(Store store, ExactClient client, Clock clock, String worker, Duration claim,
            RetrySchedule retries) {
        this.store = store;
        this.client = client;
        this.clock = clock;
        this.worker = worker;
        this.claim = claim;
        this.retries = retries;
    }

    /** Takes back what this worker held before it stopped. */
    public void recover() {
        int taken = store.transaction(s -> s.mapper(CustomerUpdateMapper.class).releaseClaims(worker));
        if (taken > 0) {
            LOG.info("Took back {} customer updates {} was sending when it stopped", taken, worker);
        }
    }

    @Override
    public List<String> dueHostEntities(Instant now, int limit) {
        return store.transaction(s -> s.mapper(CustomerUpdateMapper.class).dueHostEntities(now, limit));
    }

    /**
     * Sends the longest-waiting due update of the connection's division, on the connection's Exact site, if any.
     *
     * @return whether the division may have more to send now: false when nothing was due or its calls wait
     */
    @Override
    public boolean workOne(LinkedConnection connection) {
        Instant now = clock.instant();
        CustomerUpdateRow due = store.transaction(s -> {
            ConnectionRow stored = s.mapper(ConnectionMapper.class).find(connection.hostEntity());
            return stored == null ? null
                    : s.mapper(CustomerUpdateMapper.class).nextDue(stored.site(), connection.division(), now);
        });
        if (due == null) {
            return false;
        }
        if (store.transaction(s -> s.mapper(CustomerUpdateMapper.class).claim(due.addressId(), due.site(),
                due.division(), worker, now.plus(claim), now)) == 0) {
            return true;
        }
        Outcome outcome = send(due, connection);
        save(outcome.update());
        return !outcome.divisionWaits();
    }

    private Outcome send(CustomerUpdateRow update, LinkedConnection connection) {
        Instant now = clock.instant();
        BillingAddressRow address = store.transaction(s -> s.mapper(BillingAddressMapper.class)
                .find(update.addressId()));
        AccountLinkRow link = store.transaction(s -> s.mapper(AccountLinkMapper.class)
                .find(update.addressId(), update.division()));
        if (link == null || link.site() != null && link.site() != update.site()) {
            return Outcome.done(update.failed(Reason.of(ReasonCode.CUSTOMER_UPDATE_CUSTOMER_GONE), update.attempts(),
                    now));
        }
        if (link.exactAccountId() == null) {
            return Outcome.done(update.retryAt(now.plus(CUSTOMER_BEING_CREATED),
                    Reason.of(ReasonCode.CUSTOMER_UPDATE_WAITING_FOR_CUSTOMER), update.attempts(), now));
        }
        CustomerFields fields = CustomerFields.of(AddressStates.address(address));
        Optional<Reason> refusal = fields.refusal();
        if (refusal.isPresent()) {
            return Outcome.done(update.failed(refusal.get(), update.attempts(), now));
        }
        Optional<AccountFields> changes = fields.changesSince(CustomerFields.sentIn(update));
        CustomerUpdateRow sent = update.sent(address.version(), fields.name(), fields.addressLine(),
                fields.postcode(), fields.city(), fields.country(), fields.email());
        if (changes.isEmpty()) {
            return Outcome.done(sent.completed(now));
        }
        UUID account = UUID.fromString(link.exactAccountId());
        CallContext context = connection.context(update.addressId(), "update-customer");
        Instant firstAttempt = update.firstAttemptAt() == null ? now : update.firstAttemptAt();
        try {
            client.updateAccount(context, account, new AccountChanges(changes.get()));
            return Outcome.done(sent.completed(clock.instant()));
        } catch (ExactValidationException refused) {
            return Outcome.done(update.failed(diagnose(context, account, refused), update.attempts() + 1,
                    clock.instant()));
        } catch (ExactNotFoundException gone) {
            forget(update);
            return Outcome.done(update.failed(Reason.of(ReasonCode.CUSTOMER_UPDATE_CUSTOMER_GONE),
                    update.attempts() + 1, clock.instant()));
        } catch (ExactRateLimitException limited) {
            Instant reset = WorkReasons.resumesAt(limited, now);
            return Outcome.waiting(update.retryAt(reset, WorkReasons.rateLimited(limited, reset), update.attempts(),
                    clock.instant()));
        } catch (ExactAuthorizationException refused) {
            return Outcome.waiting(update.retryAt(now.plus(WorkReasons.CONNECTION_RECHECK),
                    WorkReasons.connectionRefused(connection.hostEntity(), refused), update.attempts(),
                    clock.instant()));
        } catch (KoppelException connectionWaits) {
            return Outcome.waiting(update.retryAt(now.plus(WorkReasons.CONNECTION_RECHECK), connectionWaits.reason(),
                    update.attempts(), clock.instant()));
        } catch (RuntimeException transientOrUnknown) {
            // The PUT may have reached Exact: sending the same fields again changes nothing more.
            int attempts = update.attempts() + 1;
            Instant later = clock.instant();
            if (retries.exhausted(attempts, firstAttempt, later)) {
                LOG.warn("Customer update of address {} in division {} is fatal after {} attempts: {}",
                        update.addressId(), update.division(), attempts, transientOrUnknown.getMessage());
                return Outcome.done(update.fatal(WorkReasons.tooManyRetries(retries, firstAttempt), attempts, later));
            }
            Instant next = retries.nextAttempt(attempts, later);
            return Outcome.done(update.retryAt(next, WorkReasons.retryScheduled(attempts, next, transientOrUnknown),
                    attempts, later));
        }
    }

    /**
     * Why Exact refused, read from the account rather than from the refusal's text: gone, or inactive. Else
     * Exact's own message.
     */
    private Reason diagnose(CallContext context, UUID account, ExactValidationException refused) {
        try {
            if (client.account(context.withOperation("check-customer"), account).blocked()) {
                return Reason.of(ReasonCode.CUSTOMER_UPDATE_CUSTOMER_INACTIVE);
            }
        } catch (ExactNotFoundException gone) {
            return Reason.of(ReasonCode.CUSTOMER_UPDATE_CUSTOMER_GONE);
        } catch (RuntimeException unknown) {
            LOG.debug("Could not read account {} after a refusal: {}", account, unknown.getMessage());
        }
        return Reason.of(ReasonCode.CUSTOMER_UPDATE_REJECTED, refused.exactMessage());
    }

    /** Exact no longer knows the customer: the next posting of the address makes it again, from the newest state. */
    private void forget(CustomerUpdateRow update) {
        store.execute(s -> s.mapper(AccountLinkMapper.class).delete(update.addressId(), update.division()));
    }

    private void save(CustomerUpdateRow outcome) {
        boolean saved = store.transaction(s -> {
            CustomerUpdateMapper updates = s.mapper(CustomerUpdateMapper.class);
            return updates.saveAndRelease(outcome, worker) == 1 || updates.releaseForNewerState(outcome, worker) == 1;
        });
        if (!saved) {
            LOG.warn("Customer update of address {} in division {} was taken over by another node before {} could"
                    + " save it", outcome.addressId(), outcome.division(), worker);
        }
    }

    /** An update as it stands after a try, and whether the division's other calls wait as well. */
    private record Outcome(CustomerUpdateRow update, boolean divisionWaits) {
        static Outcome done(CustomerUpdateRow update) {
            return new Outcome(update, false);
        }

        static Outcome waiting(CustomerUpdateRow update) {
            return new Outcome(update, true);
        }
    }
}
