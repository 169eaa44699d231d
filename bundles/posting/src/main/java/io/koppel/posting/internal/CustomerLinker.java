package io.koppel.posting.internal;

import io.koppel.api.Reason;
import io.koppel.api.ReasonCode;
import io.koppel.api.connection.ExactSite;
import io.koppel.api.posting.BillingAddress;
import io.koppel.api.posting.Mandate;
import io.koppel.client.CallContext;
import io.koppel.client.ExactClient;
import io.koppel.client.ExactNotFoundException;
import io.koppel.client.ExactValidationException;
import io.koppel.client.ODataFilter;
import io.koppel.client.model.Account;
import io.koppel.client.model.AccountFields;
import io.koppel.client.model.Address;
import io.koppel.client.model.BankAccount;
import io.koppel.client.model.NewAccount;
import io.koppel.client.model.NewBankAccount;
import io.koppel.client.model.NewMandate;
import io.koppel.store.AccountLinkMapper;
import io.koppel.store.AccountLinkRow;
import io.koppel.store.BillingAddressMapper;
import io.koppel.store.BillingAddressRow;
import io.koppel.store.ConnectionMapper;
import io.koppel.store.ConnectionRow;
import io.koppel.store.RecoveryMapper;
import io.koppel.store.Store;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The Exact customer of a billing address in a division: created on its first posting (account, then bank
 * account and mandate when the host has a valid mandate) and linked, so later postings reuse it. While an admin's
 * recovery is in force (after a restore or a fresh install), an address without a link first looks for the
 * account Koppel made earlier by its code at supplier, and adopts it.
 *
 * <p>The link is stored before the account is created and every step's answer as soon as Exact gives it, so a
 * retry, by whichever posting of the address comes next, resumes at the step that failed. A step whose answer
 * may have been lost is marked on the link; the next one looks in Exact first (the account by its code at
 * supplier, the bank account by its number, the mandate by its reference) instead of making it twice.
 */
record CustomerLinker(Store store, ExactClient client, Clock clock, String codePrefix) {

    /** The address's link in the division as stored now, if any. */
    Optional<AccountLinkRow> link(String addressId, int division) {
        return Optional.ofNullable(find(addressId, division));
    }

    /**
     * The customer's account id, created or completed as needed.
     *
     * @param stored the address's link as {@link #link} read it for this posting
     */
    UUID ensure(CallContext context, BillingAddress address, Optional<AccountLinkRow> stored) {
        AccountLinkRow link = stored.orElse(null);
        boolean createdNow = link == null;
        if (createdNow) {
            link = AccountLinkRow.creating(address.addressId(), siteOf(context), context.division(),
                    address.personId(), address.mandate().isPresent(), clock.instant());
            AccountLinkRow creating = link;
            store.execute(session -> session.mapper(AccountLinkMapper.class).insert(creating));
        }
        if (link.exactAccountId() == null) {
            AccountLinkRow pending = link;
            Optional<UUID> found = createdNow && !recovering() ? Optional.empty()
                    : existingAccount(context, address, link);
            UUID account = found
                    .orElseGet(() -> write(pending, () -> client.createAccount(context.withOperation("create-customer"),
                            newAccount(newest(address))).id(), true));
            // An account found in Exact may have its bank account and mandate already: look before making them.
            link = save(link.withAccount(account.toString(), clock.instant())
                    .withUnconfirmedWrite(found.isPresent(), clock.instant()));
        }
        if (link.mandatePending()) {
            link = completeMandate(context, link, address.mandate().orElse(null));
        }
        return UUID.fromString(link.exactAccountId());
    }

    /**
     * What is wrong with the customer, read from its account rather than from a refusal's text: gone, blocked
     * (inactive) or not a customer. Empty when the account looks fine.
     */
    Optional<Reason> diagnose(CallContext context, UUID customer) {
        try {
            Account account = client.account(context.withOperation("check-customer"), customer);
            if (account.blocked()) {
                return Optional.of(Reason.of(ReasonCode.CUSTOMER_INACTIVE));
            }
            if (account.status() != null && !"C".equals(account.status().strip())) {
                return Optional.of(Reason.of(ReasonCode.CUSTOMER_WRONG_TYPE));
            }
            return Optional.empty();
        } catch (ExactNotFoundException gone) {
            return Optional.of(Reason.of(ReasonCode.CUSTOMER_NOT_FOUND));
        }
    }

    /** Whether an admin's recovery is in force: Exact may hold customers Koppel has no link for. */
    private boolean recovering() {
        return !store.transaction(session -> session.mapper(RecoveryMapper.class).inForce(clock.instant())).isEmpty();
    }

    /** Forgets the customer of an address in a division, after Exact said it no longer knows it. */
    void forget(String addressId, int division) {
        store.execute(session -> session.mapper(AccountLinkMapper.class).delete(addressId, division));
    }

    private Optional<UUID> existingAccount(CallContext context, BillingAddress address, AccountLinkRow link) {
        if (!link.unconfirmedWrite()) {
            return Optional.empty();
        }
        return client.findAccounts(context.withOperation("find-customer"),
                ODataFilter.eq("CodeAtSupplier", codeAtSupplier(address))).stream().findFirst().map(Account::id);
    }

    private AccountLinkRow completeMandate(CallContext context, AccountLinkRow link, Mandate mandate) {
        if (mandate == null) {
            // The host dropped the mandate since the customer was made: nothing left to send.
            return save(link.withMandate(null, clock.instant()));
        }
        UUID account = UUID.fromString(link.exactAccountId());
        String iban = BankDetails.normalise(mandate.iban());
        if (link.bankAccountId() == null) {
            AccountLinkRow before = link;
            Optional<UUID> existing = link.unconfirmedWrite()
                    ? client.bankAccounts(context.withOperation("find-bank-account"), account).stream()
                            .filter(bank -> iban.equals(BankDetails.normalise(bank.number()))).map(BankAccount::id)
                            .findFirst()
                    : Optional.empty();
            UUID bank = existing.orElseGet(() -> write(before, () -> client.createBankAccount(
                    context.withOperation("create-bank-account"), new NewBankAccount(account, iban,
                            BankDetails.normalise(mandate.bic()), null, true, null)).id(), false));
            // A bank account found in Exact may have its mandate already: look before making it.
            link = save(link.withBankAccount(bank.toString(), clock.instant())
                    .withUnconfirmedWrite(existing.isPresent(), clock.instant()));
        }
        AccountLinkRow before = link;
        UUID bank = UUID.fromString(link.bankAccountId());
        Optional<UUID> existing = link.unconfirmedWrite()
                ? client.mandates(context.withOperation("find-mandate"), account).stream()
                        .filter(m -> mandate.reference().equals(m.reference())).map(m -> m.id()).findFirst()
                : Optional.empty();
        UUID mandateId = existing.orElseGet(() -> write(before, () -> client.createMandate(
                context.withOperation("create-mandate"), new NewMandate(account, bank, mandate.reference(),
                        mandate.signatureDate(), 0, 1, true, true, null)).id(), false));
        return save(link.withMandate(mandateId.toString(), clock.instant()));
    }

    /**
     * One write for the customer: marked on the link before it is sent, so a lost answer makes the next attempt
     * look first. A refusal made nothing: the mark is taken off again, or the link removed when it was the
     * account's creation.
     */
    private UUID write(AccountLinkRow link, Supplier<UUID> send, boolean creatingAccount) {
        if (!link.unconfirmedWrite()) {
            save(link.withUnconfirmedWrite(true, clock.instant()));
        }
        try {
            return send.get();
        } catch (ExactValidationException refused) {
            if (creatingAccount) {
                forget(link.addressId(), link.division());
            } else {
                save(link.withUnconfirmedWrite(false, clock.instant()));
            }
            throw refused;
        }
    }

    private AccountLinkRow save(AccountLinkRow link) {
        store.execute(session -> session.mapper(AccountLinkMapper.class).update(link));
        return link;
    }

    /**
     * The address with the newest fields the host reported through customer updates, which may be newer than the
     * document's. Read after the link is stored: a change stored later finds the link and is sent as an update.
     */
    private BillingAddress newest(BillingAddress address) {
        BillingAddressRow row = store.transaction(
                session -> session.mapper(BillingAddressMapper.class).find(address.addressId()));
        if (row == null) {
            return address;
        }
        return new BillingAddress(address.personId(), address.addressId(), address.personName(),
                row.salutationTitle(), row.salutationName() == null ? "" : row.salutationName(), row.street(),
                row.houseNumber(), row.box(), row.postcode(), row.city(), row.country(),
                row.emailAddresses() == null || row.emailAddresses().isBlank() ? java.util.List.of()
                        : Arrays.stream(row.emailAddresses().split(",")).map(String::strip).toList(),
                address.mandate());
    }

    private NewAccount newAccount(BillingAddress address) {
        String email = address.emailAddresses().isEmpty() ? null : String.join(",", address.emailAddresses());
        return new NewAccount(AccountFields.builder()
                .name(address.salutationName().strip())
                .status("C")
                .address(new Address(address.addressLine(), null, null, address.postcode(), address.city(), null,
                        address.country() == null ? "BE" : address.country()))
                .email(email)
                .remarks(address.addressId())
                .codeAtSupplier(codeAtSupplier(address))
                .build());
    }

    /** The host's key of the address in Exact: prefix, person id and address id padded to 8 digits each. */
    String codeAtSupplier(BillingAddress address) {
        return codePrefix + pad(address.personId()) + "_" + pad(address.addressId());
    }

    private static String pad(String id) {
        return id.length() >= 8 ? id : "0".repeat(8 - id.length()) + id;
    }

    /** The Exact site of the connection the posting goes through, as the connection stores it. */
    private ExactSite siteOf(CallContext context) {
        ConnectionRow connection = context.hostEntity() == null ? null
                : store.statement(session -> session.mapper(ConnectionMapper.class).find(context.hostEntity()));
        return connection == null ? null : connection.site();
    }

    private AccountLinkRow find(String addressId, int division) {
        return store.statement(session -> session.mapper(AccountLinkMapper.class).find(addressId, division));
    }
}
