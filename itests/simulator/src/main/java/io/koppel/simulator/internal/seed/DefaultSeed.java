package io.koppel.simulator.internal.seed;

import io.koppel.simulator.AppRegistration;
import io.koppel.simulator.SimUser;
import io.koppel.simulator.internal.auth.OAuthRegistry;
import io.koppel.simulator.internal.store.DivisionData;
import io.koppel.simulator.internal.store.SimulatorData;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static io.koppel.simulator.DefaultDataSet.*;

/**
 * The documented default data set: one app, a Dutch- and an English-speaking user, and three divisions
 * with a Belgian chart of accounts, journals, cost centers and units, and financial years (previous year
 * closed, current year open).
 */
public final class DefaultSeed {
    private DefaultSeed() {
    }

    public static void apply(SimulatorData data, OAuthRegistry registry, LocalDateTime now) {
        registry.register(new AppRegistration(CLIENT_ID, CLIENT_SECRET, APP_NAME, List.of(REDIRECT_URI), true, WEBHOOK_SECRET));
        registry.register(new SimUser(USER_ID, USERNAME, PASSWORD, "Demo Gebruiker", USERNAME, "nl-BE",
                List.of(DIVISION, DIVISION_2)));
        registry.register(new SimUser(EN_USER_ID, EN_USERNAME, EN_PASSWORD, "Demo User", EN_USERNAME, "en-GB",
                List.of(DIVISION, DIVISION_2, DIVISION_FOREIGN)));
        registry.register(new SimUser(FR_USER_ID, FR_USERNAME, PASSWORD, "Utilisateur Démo", FR_USERNAME, "fr-BE",
                List.of(DIVISION, DIVISION_2)));
        registry.register(new SimUser(DE_USER_ID, DE_USERNAME, PASSWORD, "Demo Benutzer", DE_USERNAME, "de-BE",
                List.of(DIVISION, DIVISION_2)));

        int year = now.getYear();
        DivisionData main = data.addDivision(DIVISION, "Scholengroep Demo VZW");
        standardReferenceData(main, now, year);
        ReferenceData main1 = new ReferenceData(main, now);
        UUID active = main1.customer(CUSTOMER_ACTIVE, "Jan Peeters", "C", false, null, "Gent");
        UUID bank = main1.bankAccount(active, "1001-1", "BE71096123456769", "GKCCBEBB", "Jan Peeters");
        main1.mandate(active, bank, MANDATE_REFERENCE, LocalDate.of(year - 1, 9, 1));
        main1.customer(CUSTOMER_BLOCKED, "An Janssens", "C", true, null, "Brugge");
        main1.customer(CUSTOMER_PROSPECT, "Piet Prospect", "P", false, null, "Leuven");
        main1.customer(CUSTOMER_OTHER_RECEIVABLES, "Familie Maes (internaat)", "C", false, GL_RECEIVABLES_BOARDING, "Kortrijk");

        DivisionData second = data.addDivision(DIVISION_2, "Internaat Demo VZW");
        standardReferenceData(second, now, year);
        new ReferenceData(second, now).customer(CUSTOMER_DIVISION_2, "Els Wouters", "C", false, null, "Hasselt");

        DivisionData foreign = data.addDivision(DIVISION_FOREIGN, "Other Company Ltd");
        standardReferenceData(foreign, now, year);
    }

    /** Chart of accounts, journals, cost centers/units and two financial years; also used for divisions added later. */
    public static void standardReferenceData(DivisionData d, LocalDateTime now, int currentYear) {
        ReferenceData r = new ReferenceData(d, now);
        r.glAccount(GL_RECEIVABLES, "Handelsdebiteuren", 20, false, 0, 0);
        r.glAccount(GL_RECEIVABLES_BOARDING, "Handelsdebiteuren internaat", 20, false, 0, 0);
        r.glAccount(GL_PAYABLES, "Leveranciers", 22, false, 0, 0);
        r.glAccount(GL_VAT_PAYABLE, "Te betalen btw", 24, false, 0, 0);
        r.glAccount(GL_SUSPENSE, "Wachtrekening", 90, false, 0, 0);
        r.glAccount(GL_BANK, "KBC zichtrekening", 12, false, 0, 0);
        r.glAccount(GL_CASH, "Kas", 10, false, 0, 0);
        r.glAccount(GL_PURCHASES, "Aankopen handelsgoederen", 111, false, 0, 0);
        r.glAccount(GL_RENT, "Huur gebouwen", 120, false, 0, 0);
        r.glAccount(GL_REVENUE, "Schoolrekeningen", 110, false, 0, 0);
        r.glAccount(GL_REVENUE_MEALS, "Schoolrekeningen - maaltijden", 110, false, 0, 0);
        r.glAccount(GL_REVENUE_TRIPS, "Schoolrekeningen - uitstappen", 110, false, 1, 0);
        r.glAccount(GL_REVENUE_MATERIALS, "Schoolrekeningen - studiemateriaal", 110, false, 0, 1);
        r.glAccount(GL_REVENUE_BLOCKED, "Verkopen (oud)", 110, true, 0, 0);
        r.glAccount(GL_OTHER_INCOME, "Diverse opbrengsten", 90, false, 0, 0);

        r.vatCode(VAT_EXEMPT, "Vrijgesteld van btw", "0");
        r.vatCode(VAT_LOW, "6% btw", "6");
        r.vatCode(VAT_MIDDLE, "12% btw", "12");
        r.vatCode(VAT_HIGH, "21% btw", "21");
        // a school's revenue is VAT exempt; a test that wants the trap of a 21% account adds one
        for (String revenue : List.of(GL_REVENUE, GL_REVENUE_MEALS, GL_REVENUE_TRIPS, GL_REVENUE_MATERIALS,
                GL_REVENUE_BLOCKED, GL_OTHER_INCOME)) {
            r.defaultVatCode(revenue, VAT_EXEMPT);
        }

        r.journal(JOURNAL_SALES, "Verkoopboek", 20, GL_RECEIVABLES, false);
        r.journal(JOURNAL_SALES_BOARDING, "Verkoopboek internaat", 20, GL_RECEIVABLES_BOARDING, false);
        r.journal(JOURNAL_SALES_BLOCKED, "Verkoopboek (oud)", 20, GL_RECEIVABLES, true);
        r.journal(JOURNAL_PURCHASE, "Aankoopboek", 22, GL_PAYABLES, false);
        r.journal(JOURNAL_BANK, "KBC", 12, GL_BANK, false);
        r.journal(JOURNAL_GENERAL, "Memoriaal", 90, GL_SUSPENSE, false);

        r.costCenter(COSTCENTER_PRIMARY, "Lager onderwijs");
        r.costCenter(COSTCENTER_SECONDARY, "Secundair onderwijs");
        r.costCenter(COSTCENTER_ADMIN, "Administratie");
        r.costUnit(COSTUNIT_MEALS, "Maaltijden");
        r.costUnit(COSTUNIT_TRIPS, "Uitstappen");
        r.costUnit(COSTUNIT_MATERIALS, "Studiemateriaal");

        r.financialYear(currentYear - 1, true);
        r.financialYear(currentYear, false);
    }
}
