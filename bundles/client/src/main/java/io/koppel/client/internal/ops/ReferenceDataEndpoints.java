package io.koppel.client.internal.ops;

import io.koppel.client.ODataFilter;
import io.koppel.client.internal.wire.JsonRecord;
import io.koppel.client.model.CostCode;
import io.koppel.client.model.CostCodeUse;
import io.koppel.client.model.FinancialPeriod;
import io.koppel.client.model.GlAccount;
import io.koppel.client.model.Journal;
import io.koppel.client.model.VatCode;
import java.util.List;

/** The chart of accounts and friends that postings refer to: GL accounts, journals, cost codes, periods. */
final class ReferenceDataEndpoints {
    static final Endpoint<GlAccount> GL_ACCOUNTS = new Endpoint<>("financial/GLAccounts", List.of("ID", "Code",
            "Description", "Type", "IsBlocked", "BalanceSide", "VATCode", "UseCostcenter", "UseCostunit",
            "Costcenter", "Costunit"), ReferenceDataEndpoints::glAccount);
    static final Endpoint<Journal> JOURNALS = new Endpoint<>("financial/Journals", List.of("ID", "Code",
            "Description", "Type", "GLAccount", "GLAccountCode", "IsBlocked", "Currency"),
            ReferenceDataEndpoints::journal);
    // Exact spells these with a lower-case c and u
    static final Endpoint<CostCode> COST_CENTERS = new Endpoint<>("hrm/Costcenters",
            List.of("ID", "Code", "Description", "EndDate"), ReferenceDataEndpoints::costCode);
    static final Endpoint<CostCode> COST_UNITS = new Endpoint<>("hrm/Costunits",
            List.of("ID", "Code", "Description", "EndDate"), ReferenceDataEndpoints::costCode);
    static final Endpoint<VatCode> VAT_CODES = new Endpoint<>("vat/VATCodes",
            List.of("ID", "Code", "Description", "Percentage", "IsBlocked"), ReferenceDataEndpoints::vatCode);
    /**
     * Every row, said in a way Exact's mandatory filtering accepts: endpoints with a sync counterpart (GL accounts,
     * VAT codes) refuse a GET whose $filter names none of their key fields.
     */
    static final ODataFilter EVERY_ROW = ODataFilter.ne("ID", new java.util.UUID(0, 0));
    static final Endpoint<FinancialPeriod> PERIODS = new Endpoint<>("financial/FinancialPeriods",
            List.of("ID", "FinYear", "FinPeriod", "StartDate", "EndDate"), ReferenceDataEndpoints::period);

    private ReferenceDataEndpoints() {
    }

    private static GlAccount glAccount(JsonRecord r) {
        return new GlAccount(r.uuid("ID"), r.code("Code"), r.text("Description"), r.integer("Type"),
                r.flag("IsBlocked"), r.code("BalanceSide"), r.code("VATCode"),
                CostCodeUse.ofExact(r.integer("UseCostcenter")), CostCodeUse.ofExact(r.integer("UseCostunit")),
                r.code("Costcenter"), r.code("Costunit"));
    }

    private static VatCode vatCode(JsonRecord r) {
        return new VatCode(r.uuid("ID"), r.code("Code"), r.text("Description"), r.decimal("Percentage"),
                r.flag("IsBlocked"));
    }

    private static Journal journal(JsonRecord r) {
        return new Journal(r.uuid("ID"), r.code("Code"), r.text("Description"), r.integer("Type"),
                r.uuid("GLAccount"), r.code("GLAccountCode"), r.flag("IsBlocked"), r.code("Currency"));
    }

    private static CostCode costCode(JsonRecord r) {
        return new CostCode(r.uuid("ID"), r.code("Code"), r.text("Description"), r.date("EndDate"));
    }

    private static FinancialPeriod period(JsonRecord r) {
        return new FinancialPeriod(r.uuid("ID"), r.integer("FinYear"), r.integer("FinPeriod"), r.date("StartDate"),
                r.date("EndDate"));
    }
}
