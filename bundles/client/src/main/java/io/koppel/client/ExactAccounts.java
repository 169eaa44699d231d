package io.koppel.client;

import io.koppel.client.model.Account;
import io.koppel.client.model.AccountChanges;
import io.koppel.client.model.BankAccount;
import io.koppel.client.model.Mandate;
import io.koppel.client.model.NewAccount;
import io.koppel.client.model.NewBankAccount;
import io.koppel.client.model.NewMandate;
import java.util.List;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/** Customers (Exact's accounts), their bank accounts and SEPA mandates. */
@ProviderType
public interface ExactAccounts {

    /** @throws ExactNotFoundException when there is no such account */
    Account account(CallContext ctx, UUID id);

    /**
     * The accounts matching a filter, e.g. {@code CodeAtSupplier eq '...'}. Exact refuses an unfiltered read of
     * accounts, so the filter must not be {@link ODataFilter#none()}.
     */
    List<Account> findAccounts(CallContext ctx, ODataFilter filter);

    Account createAccount(CallContext ctx, NewAccount account);

    /** Changes the given fields of an account, e.g. after a billing address changed. */
    void updateAccount(CallContext ctx, UUID id, AccountChanges changes);

    List<BankAccount> bankAccounts(CallContext ctx, UUID account);

    BankAccount createBankAccount(CallContext ctx, NewBankAccount bankAccount);

    List<Mandate> mandates(CallContext ctx, UUID account);

    Mandate createMandate(CallContext ctx, NewMandate mandate);
}
