package io.koppel.store;

import io.koppel.api.connection.ExactSite;
import java.time.Instant;
import org.apache.ibatis.annotations.AutomapConstructor;

/**
 * A row of {@code koppel_account_link}: the Exact customer Koppel created for a billing address in a division.
 * {@code exactAccountId} is null until Exact confirmed the account. {@code mandatePending} is true between
 * creating the customer and storing its mandate, so a failed mandate step resumes there instead of creating the
 * customer twice. {@code unconfirmedWrite} is set before each write for this customer and cleared with its
 * answer: while it is set, the next step looks in Exact for what the lost answer may have made. {@code site} is the
 * Exact site the customer was made on (division numbers are unique only within a site); null for a link made
 * before Koppel recorded it, whose division no connection, or connections on several sites, reached then.
 */
public record AccountLinkRow(
        String addressId,
        int division,
        String personId,
        String exactAccountId,
        String bankAccountId,
        String mandateId,
        boolean mandatePending,
        boolean unconfirmedWrite,
        Instant createdAt,
        Instant updatedAt,
        ExactSite site) {

    @AutomapConstructor
    public AccountLinkRow {
    }

    /** A link whose site is not known. */
    public AccountLinkRow(String addressId, int division, String personId, String exactAccountId,
            String bankAccountId, String mandateId, boolean mandatePending, boolean unconfirmedWrite,
            Instant createdAt, Instant updatedAt) {
        this(addressId, division, personId, exactAccountId, bankAccountId, mandateId, mandatePending,
                unconfirmedWrite, createdAt, updatedAt, null);
    }

    /** The link before its account is created: the write may reach Exact and its answer get lost. */
    public static AccountLinkRow creating(String addressId, ExactSite site, int division, String personId,
            boolean withMandate, Instant now) {
        return new AccountLinkRow(addressId, division, personId, null, null, null, withMandate, true, now, now, site);
    }

    public AccountLinkRow withAccount(String accountId, Instant now) {
        return new AccountLinkRow(addressId, division, personId, accountId, bankAccountId, mandateId, mandatePending,
                false, createdAt, now, site);
    }

    public AccountLinkRow withBankAccount(String id, Instant now) {
        return new AccountLinkRow(addressId, division, personId, exactAccountId, id, mandateId, mandatePending, false,
                createdAt, now, site);
    }

    public AccountLinkRow withMandate(String id, Instant now) {
        return new AccountLinkRow(addressId, division, personId, exactAccountId, bankAccountId, id, false, false,
                createdAt, now, site);
    }

    /** Before a write whose answer could be lost, or after one Exact refused (nothing made). */
    public AccountLinkRow withUnconfirmedWrite(boolean unconfirmed, Instant now) {
        return new AccountLinkRow(addressId, division, personId, exactAccountId, bankAccountId, mandateId,
                mandatePending, unconfirmed, createdAt, now, site);
    }

    /** Whether the customer is complete in Exact, mandate included. */
    public boolean complete() {
        return exactAccountId != null && !mandatePending;
    }
}
