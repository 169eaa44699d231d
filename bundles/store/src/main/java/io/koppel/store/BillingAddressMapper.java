package io.koppel.store;

/** SQL of {@code koppel_billing_address}. */
public interface BillingAddressMapper {

    /**
     * Adds the address at version 0 unless it exists. Two nodes adding it at the same instant may still meet on
     * the primary key: one of them gets a PersistenceException and tries again.
     *
     * @return 1 when added, 0 when it existed
     */
    int insertIfMissing(BillingAddressRow row);

    /**
     * Stores a newer state: the version is raised by one in the same statement, which holds the row's lock until
     * the transaction ends, so concurrent changes of one address get distinct, ordered versions.
     *
     * @return 1, or 0 when the address is not stored yet
     */
    int replace(BillingAddressRow row);

    BillingAddressRow find(String addressId);
}
