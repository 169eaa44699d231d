package io.koppel.posting.internal;

import io.koppel.api.posting.BillingAddress;
import io.koppel.api.posting.Mandate;
import io.koppel.client.CallContext;
import io.koppel.client.ExactClient;
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
import io.koppel.store.Store;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The Exact customer of a billing address in a division: created on its first posting (account, then bank
 * account and mandate when the host has a valid mandate) and linked, so later postings reuse it.
 *
 * <p>Every step's result is stored as soon as Exact returns it, so a retry resumes at the step that failed. Only
 * when an earlier attempt may have reached Exact without its answer being stored does a retry look in Exact
 * first: the account by its code at supplier, the bank account by its number, the mandate by its reference.
 */
final class CustomerLinker {
    private final Store store;
    private final ExactClient client;
    private final Clock clock;
    private final String codePrefix;

    CustomerLinker(Store store, ExactClient client, Clock clock, String codePrefix) {
        this.store = store;
        this.client = client;
        this.clock = clock;
        this.codePrefix = codePrefix;
    }

    /** Whether the address has its customer in the division, mandate included. */
    boolean isLinked(String addressId, int division) {
        AccountLinkRow link = find(addressId, division);
        return link != null && !link.mandatePending();
    }

    /**
     * The customer's account id, created or completed as needed.
     *
     * @param mayHaveReachedExact whether an earlier attempt may have written to Exact without storing the answer
     * @param beforeWrite called before every write to Exact, to note that its answer could be lost
     */
    UUID ensure(CallContext context, BillingAddress address, boolean mayHaveReachedExact, Runnable beforeWrite) {
        int division = context.division();
        AccountLinkRow link = find(address.addressId(), division);
        if (link == null) {
            UUID account = existingAccount(context, address, mayHaveReachedExact).orElseGet(() -> {
                beforeWrite.run();
                return client.createAccount(context.withOperation("create-customer"), newAccount(address)).id();
            });
            link = new AccountLinkRow(address.addressId(), division, address.personId(), account.toString(), null,
                    null, address.mandate().isPresent(), clock.instant(), clock.instant());
            AccountLinkRow created = link;
            store.execute(session -> session.mapper(AccountLinkMapper.class).insert(created));
        }
        if (link.mandatePending()) {
            completeMandate(context, link, address.mandate().orElse(null), mayHaveReachedExact, beforeWrite);
        }
        return UUID.fromString(link.exactAccountId());
    }

    /** Forgets the customer of an address in a division, after Exact said it no longer knows it. */
    void forget(String addressId, int division) {
        store.execute(session -> session.mapper(AccountLinkMapper.class).delete(addressId, division));
    }

    private Optional<UUID> existingAccount(CallContext context, BillingAddress address, boolean mayHaveReachedExact) {
        if (!mayHaveReachedExact) {
            return Optional.empty();
        }
        List<Account> found = client.findAccounts(context.withOperation("find-customer"),
                ODataFilter.eq("CodeAtSupplier", codeAtSupplier(address)));
        return found.stream().findFirst().map(Account::id);
    }

    private void completeMandate(CallContext context, AccountLinkRow link, Mandate mandate, boolean mayHaveReachedExact,
            Runnable beforeWrite) {
        UUID account = UUID.fromString(link.exactAccountId());
        if (mandate == null) {
            // The host dropped the mandate since the customer was made: nothing left to send.
            save(link, link.bankAccountId(), link.mandateId());
            return;
        }
        String iban = BankDetails.normalise(mandate.iban());
        String bankAccountId = link.bankAccountId();
        if (bankAccountId == null) {
            Optional<UUID> existing = mayHaveReachedExact
                    ? client.bankAccounts(context.withOperation("find-bank-account"), account).stream()
                            .filter(bank -> iban.equals(BankDetails.normalise(bank.number()))).map(BankAccount::id)
                            .findFirst()
                    : Optional.empty();
            bankAccountId = existing.orElseGet(() -> {
                beforeWrite.run();
                return client.createBankAccount(context.withOperation("create-bank-account"), new NewBankAccount(
                        account, iban, BankDetails.normalise(mandate.bic()), null, true, null)).id();
            }).toString();
            link = storeStep(link, bankAccountId, null, true);
        }
        UUID bank = UUID.fromString(bankAccountId);
        Optional<UUID> existingMandate = mayHaveReachedExact
                ? client.mandates(context.withOperation("find-mandate"), account).stream()
                        .filter(m -> mandate.reference().equals(m.reference())).map(m -> m.id()).findFirst()
                : Optional.empty();
        UUID mandateId = existingMandate.orElseGet(() -> {
            beforeWrite.run();
            return client.createMandate(context.withOperation("create-mandate"), new NewMandate(account, bank,
                    mandate.reference(), mandate.signatureDate(), 0, 1, true, true, null)).id();
        });
        save(link, bankAccountId, mandateId.toString());
    }

    private AccountLinkRow storeStep(AccountLinkRow link, String bankAccountId, String mandateId, boolean pending) {
        AccountLinkRow next = new AccountLinkRow(link.addressId(), link.division(), link.personId(),
                link.exactAccountId(), bankAccountId, mandateId, pending, link.createdAt(), clock.instant());
        store.execute(session -> session.mapper(AccountLinkMapper.class).update(next));
        return next;
    }

    private void save(AccountLinkRow link, String bankAccountId, String mandateId) {
        storeStep(link, bankAccountId, mandateId, false);
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

    private AccountLinkRow find(String addressId, int division) {
        return store.transaction(session -> session.mapper(AccountLinkMapper.class).find(addressId, division));
    }
}
