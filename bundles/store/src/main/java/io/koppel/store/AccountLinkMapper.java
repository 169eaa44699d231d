package io.koppel.store;

import java.util.List;

/** SQL of {@code koppel_account_link}. */
public interface AccountLinkMapper {

    /** @throws org.apache.ibatis.exceptions.PersistenceException when the address is linked in the division already */
    void insert(AccountLinkRow row);

    AccountLinkRow find(String addressId, int division);

    /** Every division the address is linked in. */
    List<AccountLinkRow> listByAddress(String addressId);

    int update(AccountLinkRow row);

    int delete(String addressId, int division);

    /**
     * Makes every customer not complete in Exact look there before its next step, after the database lost what
     * Koppel wrote (a restore from a backup). @return how many
     */
    int markIncompleteToLookFirst();
}
