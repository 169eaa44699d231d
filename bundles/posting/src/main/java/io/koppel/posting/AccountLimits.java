package io.koppel.posting;

import java.util.regex.Pattern;

/**
 * What Exact accepts in the fields of an account (a customer) Koppel writes, from Invantive's data model of
 * {@code crm/Accounts}: Exact refuses a longer value rather than cutting it, so Koppel checks them before it
 * creates or updates a customer.
 */
public final class AccountLimits {
    public static final int NAME_LENGTH = 50;
    public static final int ADDRESS_LINE_LENGTH = 80;
    public static final int CITY_LENGTH = 30;
    public static final int POSTCODE_LENGTH = 20;
    public static final int EMAIL_LENGTH = 128;
    /** An e-mail address Exact takes: one @, a local part and a domain with a dot, no spaces. */
    public static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;.]{2,}");

    private AccountLimits() {
    }
}
