package io.koppel.store;

import io.koppel.api.Reason;
import io.koppel.api.Status;
import io.koppel.api.connection.ExactSite;
import java.time.Instant;

/**
 * A row of {@code koppel_customer_update}: the update of one address's customer in one division of an
 * Exact site. Changes of
 * the address coalesce into it: {@code version} is the newest state of {@code koppel_billing_address} to send.
 * The {@code sent*} columns are what Exact last got, as of {@code sentVersion} (null: Koppel has not updated
 * this customer yet).
 *
 * @param hostEntity the school or location whose connection reaches the division
 */
public record CustomerUpdateRow(
        String addressId,
        ExactSite site,
        int division,
        String hostEntity,
        long version,
        Status status,
        Reason reason,
        int attempts,
        Instant firstAttemptAt,
        Instant nextAttemptAt,
        String claimedBy,
        Instant claimedUntil,
        Instant requestedAt,
        Instant processedAt,
        Long sentVersion,
        String sentName,
        String sentAddressLine,
        String sentPostcode,
        String sentCity,
        String sentCountry,
        String sentEmail) {

    /** A new update of a linked customer, due now. */
    public static CustomerUpdateRow queued(String addressId, ExactSite site, int division, String hostEntity,
            long version, Instant now) {
        return queued(addressId, site, division, hostEntity, version, now, now);
    }

    /** A new update of a linked customer, due at {@code due}. */
    public static CustomerUpdateRow queued(String addressId, ExactSite site, int division, String hostEntity,
            long version, Instant now, Instant due) {
        return new CustomerUpdateRow(addressId, site, division, hostEntity, version, Status.NEW, null, 0, null, due,
                null, null, now, null, null, null, null, null, null, null, null);
    }

    /** Exact has the state of {@code sentVersion} with these fields (null fields were never sent). */
    public CustomerUpdateRow sent(long sentVersion, String name, String addressLine, String postcode, String city,
            String country, String email) {
        return new CustomerUpdateRow(addressId, site, division, hostEntity, version, status, reason, attempts,
                firstAttemptAt, nextAttemptAt, claimedBy, claimedUntil, requestedAt, processedAt, sentVersion, name,
                addressLine, postcode, city, country, email);
    }

    /** Done: Exact has the state of {@code version}, or it needed no call. */
    public CustomerUpdateRow completed(Instant now) {
        return outcome(Status.COMPLETED, null, attempts, firstAttemptAt, now, now);
    }

    /** Refused, locally or by Exact: waits for the clerk or for a newer change. */
    public CustomerUpdateRow failed(Reason why, int attemptsMade, Instant now) {
        return outcome(Status.FAILED, why, attemptsMade, firstAttemptAt == null ? now : firstAttemptAt, now, now);
    }

    /** Retries ran out. */
    public CustomerUpdateRow fatal(Reason why, int attemptsMade, Instant now) {
        return outcome(Status.FATAL, why, attemptsMade, firstAttemptAt == null ? now : firstAttemptAt, now, now);
    }

    /** Tried again at {@code next}, after a transient failure (counted) or a wait (not counted). */
    public CustomerUpdateRow retryAt(Instant next, Reason why, int attemptsMade, Instant now) {
        return outcome(Status.IN_PROGRESS, why, attemptsMade, firstAttemptAt == null ? now : firstAttemptAt, next,
                now);
    }

    private CustomerUpdateRow outcome(Status newStatus, Reason why, int attemptsMade, Instant first, Instant next,
            Instant now) {
        return new CustomerUpdateRow(addressId, site, division, hostEntity, version, newStatus, why, attemptsMade,
                first, next, claimedBy, claimedUntil, requestedAt, now, sentVersion, sentName, sentAddressLine,
                sentPostcode, sentCity, sentCountry, sentEmail);
    }
}
