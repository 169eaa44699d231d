package io.koppel.api.customer;

/**
 * The Event Admin topic a host may post a changed billing address on, instead of calling
 * {@link CustomerService#addressChanged}; the properties carry the fields of
 * {@link io.koppel.api.posting.BillingAddress} (all strings, {@link #EMAIL_ADDRESSES} a {@code String[]}, a
 * collection or one comma-separated string). {@link #PERSON_ID} and {@link #ADDRESS_ID} are required.
 *
 * @since 1.1
 */
public final class BillingAddressEvents {
    /** A billing address or its e-mail addresses changed. A removed billing address is no change. */
    public static final String CHANGED = "io/koppel/host/BillingAddress/CHANGED";

    public static final String PERSON_ID = "personId";
    public static final String ADDRESS_ID = "addressId";
    public static final String PERSON_NAME = "personName";
    public static final String SALUTATION_TITLE = "salutationTitle";
    public static final String SALUTATION_NAME = "salutationName";
    public static final String STREET = "street";
    public static final String NUMBER = "number";
    public static final String BOX = "box";
    public static final String POSTCODE = "postcode";
    public static final String CITY = "city";
    public static final String COUNTRY = "country";
    public static final String EMAIL_ADDRESSES = "emailAddresses";

    private BillingAddressEvents() {
    }
}
