package io.koppel.simulator;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The names and numbers of the default data set ({@link SeedMode#DEFAULT}), so tests need not repeat them.
 * The README lists the full data set; IDs are stable across runs (name-based UUIDs, see {@link #id}).
 */
public final class DefaultDataSet {
    private DefaultDataSet() {
    }

    // The app registration
    public static final String CLIENT_ID = "b5bd1c9e-6a4e-4f63-9a1c-2e0f3c4d5a61";
    public static final String CLIENT_SECRET = "KoppelSimSecret1";
    public static final String REDIRECT_URI = "http://localhost/koppel/oauth/callback";
    public static final String WEBHOOK_SECRET = "KoppelSimWebhookSecret";
    public static final String APP_NAME = "Koppel (simulator)";

    // The Dutch-speaking user (Belgium) and an English-speaking one
    public static final String USERNAME = "demo@koppel.test";
    public static final String PASSWORD = "demo";
    public static final UUID USER_ID = UUID.fromString("0a8f7c2e-54b1-4c8e-9d7a-1f2e3d4c5b6a");
    public static final String EN_USERNAME = "demo.en@koppel.test";
    public static final String EN_PASSWORD = "demo";
    public static final UUID EN_USER_ID = UUID.fromString("6b2d8e4f-1a3c-4e5d-8f7a-9b0c1d2e3f40");
    // A French-speaking (Wallonia, Brussels) and a German-speaking (East Belgium) user of the same divisions
    public static final String FR_USERNAME = "demo.fr@koppel.test";
    public static final UUID FR_USER_ID = UUID.fromString("3c1e5a7b-2d4f-4a6c-8e0b-1f3a5c7e9b21");
    public static final String DE_USERNAME = "demo.de@koppel.test";
    public static final UUID DE_USER_ID = UUID.fromString("8e2a4c6d-0b1f-4d3a-9c5e-7f9b1d3e5a72");

    // Divisions: the Dutch user sees the first two, the English user all three
    public static final int DIVISION = 100001;
    public static final int DIVISION_2 = 100002;
    public static final int DIVISION_FOREIGN = 100003;

    // Chart of accounts (Belgian PCMN/MAR numbering)
    public static final String GL_RECEIVABLES = "400000";
    public static final String GL_RECEIVABLES_BOARDING = "400100";
    public static final String GL_SUSPENSE = "499000";
    public static final String GL_PAYABLES = "440000";
    public static final String GL_VAT_PAYABLE = "451000";
    public static final String GL_BANK = "550000";
    public static final String GL_CASH = "570000";
    public static final String GL_PURCHASES = "604000";
    public static final String GL_RENT = "610000";
    public static final String GL_REVENUE = "700000";
    // VAT codes (Belgian rates); the revenue accounts default to the exempt one
    public static final String VAT_EXEMPT = "0";
    public static final String VAT_LOW = "1";
    public static final String VAT_MIDDLE = "2";
    public static final String VAT_HIGH = "3";
    public static final String GL_REVENUE_MEALS = "701000";
    /** Revenue account with UseCostcenter = 1: a cost center is mandatory. */
    public static final String GL_REVENUE_TRIPS = "702000";
    /** Revenue account with UseCostunit = 1: a cost unit is mandatory. */
    public static final String GL_REVENUE_MATERIALS = "703000";
    /** Revenue account with IsBlocked = true. */
    public static final String GL_REVENUE_BLOCKED = "704000";
    public static final String GL_OTHER_INCOME = "743000";

    // Journals
    public static final String JOURNAL_SALES = "70";
    public static final String JOURNAL_SALES_BOARDING = "71";
    public static final String JOURNAL_SALES_BLOCKED = "72";
    public static final String JOURNAL_PURCHASE = "60";
    public static final String JOURNAL_BANK = "50";
    public static final String JOURNAL_GENERAL = "90";

    // Cost centers and cost units
    public static final String COSTCENTER_PRIMARY = "LAGER";
    public static final String COSTCENTER_SECONDARY = "SECUND";
    public static final String COSTCENTER_ADMIN = "ADMIN";
    public static final String COSTUNIT_MEALS = "MAAL";
    public static final String COSTUNIT_TRIPS = "UITST";
    public static final String COSTUNIT_MATERIALS = "STUDIE";

    // Customers in DIVISION (codes before Exact's 18-character right alignment)
    public static final String CUSTOMER_ACTIVE = "1001";
    public static final String CUSTOMER_BLOCKED = "1002";
    public static final String CUSTOMER_PROSPECT = "1003";
    /** Active customer whose GLAR is 400100, the boarding journal's account, not journal 70's. */
    public static final String CUSTOMER_OTHER_RECEIVABLES = "1004";
    public static final String MANDATE_REFERENCE = "MAND-1001";
    public static final String CUSTOMER_DIVISION_2 = "2001";

    /**
     * The stable ID of a seeded record: a name-based UUID of "division/kind/code", e.g.
     * {@code id(DIVISION, "GLAccount", GL_REVENUE)}; kinds: GLAccount, Journal, Costcenter, Costunit, Account,
     * BankAccount, Mandate.
     */
    public static UUID id(int division, String kind, String code) {
        return UUID.nameUUIDFromBytes((division + "/" + kind + "/" + code).getBytes(StandardCharsets.UTF_8));
    }
}
