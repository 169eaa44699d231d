package io.koppel.client;

import static io.koppel.simulator.DefaultDataSet.CUSTOMER_ACTIVE;
import static io.koppel.simulator.DefaultDataSet.DIVISION;
import static io.koppel.simulator.DefaultDataSet.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.koppel.client.model.Account;
import io.koppel.client.model.AccountChanges;
import io.koppel.client.model.AccountFields;
import io.koppel.client.model.Address;
import io.koppel.client.model.BankAccount;
import io.koppel.client.model.Mandate;
import io.koppel.client.model.NewAccount;
import io.koppel.client.model.NewBankAccount;
import io.koppel.client.model.NewMandate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A customer with bank account and mandate, the order Exact needs them in. */
class AccountsTest {
    @RegisterExtension
    static final SimulatedExact exact = SimulatedExact.unlimited();

    private static NewAccount newCustomer(String code, String name) {
        return new NewAccount(AccountFields.builder().code(code).name(name).status("C").email("info@example.be")
                .address(new Address("Kerkstraat 1", null, null, "9000", "Gent", null, "BE")).language("NL")
                .build());
    }

    @Test
    void seededAccountByIdAndByCode() {
        UUID seeded = id(DIVISION, "Account", CUSTOMER_ACTIVE);

        Account byId = exact.client.account(exact.ctx(DIVISION), seeded);
        List<Account> byCode = exact.client.findAccounts(exact.ctx(DIVISION),
                ODataFilter.trimmedEq("Code", CUSTOMER_ACTIVE));

        assertEquals(CUSTOMER_ACTIVE, byId.code());
        assertEquals(List.of(seeded), byCode.stream().map(Account::id).toList());
    }

    @Test
    void createReadAndUpdate() {
        Account created = exact.client.createAccount(exact.ctx(DIVISION), newCustomer("K-7001", "Ouders D'Hondt"));

        assertNotNull(created.id());
        assertEquals("K-7001", created.code());
        assertEquals("C", created.status());
        assertEquals("BE", created.address().country());
        Map<String, Object> stored = exact.simulator.rows(DIVISION, "crm/Accounts",
                Map.of("ID", created.id().toString())).get(0);
        assertEquals("K-7001", stored.get("Code").toString().trim());

        exact.client.updateAccount(exact.ctx(DIVISION), created.id(), new AccountChanges(AccountFields.builder()
                .email("nieuw@example.be").address(new Address("Veldstraat 2", null, null, "9000", "Gent", null, "BE"))
                .build()));

        Account updated = exact.client.account(exact.ctx(DIVISION), created.id());
        assertEquals("nieuw@example.be", updated.email());
        assertEquals("Veldstraat 2", updated.address().line1());
        assertEquals("Ouders D'Hondt", updated.name());
        assertEquals(List.of(created.id()), exact.client.findAccounts(exact.ctx(DIVISION),
                ODataFilter.trimmedEq("Code", "K-7001")).stream().map(Account::id).toList());
    }

    @Test
    void remarksAndCodeAtSupplierCarryTheHostsKeys() {
        Account created = exact.client.createAccount(exact.ctx(DIVISION), new NewAccount(AccountFields.builder()
                .name("Familie Peeters").status("C").remarks("16371").codeAtSupplier("KOP00019724_00016371").build()));

        List<Account> found = exact.client.findAccounts(exact.ctx(DIVISION),
                ODataFilter.eq("CodeAtSupplier", "KOP00019724_00016371"));
        assertEquals(List.of(created.id()), found.stream().map(Account::id).toList());
        assertEquals("16371", found.get(0).remarks());
        assertEquals("KOP00019724_00016371", found.get(0).codeAtSupplier());
        assertEquals(List.of(), exact.client.findAccounts(exact.ctx(DIVISION), ODataFilter.eq("CodeAtSupplier", "none")));
    }

    @Test
    void updateSendsOnlyWhatChanged() {
        Account created = exact.client.createAccount(exact.ctx(DIVISION), newCustomer("K-7002", "Familie Peeters"));
        exact.exchanges.clear();

        exact.client.updateAccount(exact.ctx(DIVISION), created.id(),
                new AccountChanges(AccountFields.builder().phone("+32 9 123 45 67").build()));

        Exchange put = exact.exchanges.last();
        assertEquals("PUT", put.method());
        assertEquals("{\"Phone\":\"+32 9 123 45 67\"}", put.requestBody());
        assertEquals(204, put.httpStatus());
    }

    @Test
    void bankAccountAndMandate() {
        Account customer = exact.client.createAccount(exact.ctx(DIVISION), newCustomer("K-7003", "Familie Janssens"));

        BankAccount bank = exact.client.createBankAccount(exact.ctx(DIVISION), new NewBankAccount(customer.id(),
                "BE68539007547034", "GKCCBEBB", "Familie Janssens", true, null));
        Mandate mandate = exact.client.createMandate(exact.ctx(DIVISION), new NewMandate(customer.id(), bank.id(),
                "MAND-7003", LocalDate.of(2024, 3, 1), 0, 1, true, true, "SEPA core"));

        assertEquals("BE68539007547034", bank.number());
        assertEquals(customer.id(), bank.account());
        assertEquals(bank.id(), mandate.bankAccount());
        assertEquals("MAND-7003", mandate.reference());
        assertEquals(LocalDate.of(2024, 3, 1), mandate.signatureDate());
        assertTrue(mandate.main());
        assertEquals(List.of(bank.id()), exact.client.bankAccounts(exact.ctx(DIVISION), customer.id()).stream()
                .map(BankAccount::id).toList());
        assertEquals(List.of(mandate.id()), exact.client.mandates(exact.ctx(DIVISION), customer.id()).stream()
                .map(Mandate::id).toList());
    }

    @Test
    void unknownAccountIsNotFound() {
        assertThrows(ExactNotFoundException.class,
                () -> exact.client.account(exact.ctx(DIVISION), UUID.randomUUID()));
    }

    @Test
    void accountWithoutNameIsRefusedBeforeSending() {
        assertThrows(IllegalArgumentException.class,
                () -> new NewAccount(AccountFields.builder().code("X").build()));
        assertFalse(exact.exchanges.exchanges.stream().anyMatch(e -> e.failed() && e.httpStatus() != null
                && e.httpStatus() == 400));
    }
}
