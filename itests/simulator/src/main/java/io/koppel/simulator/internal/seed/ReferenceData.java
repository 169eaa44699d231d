package io.koppel.simulator.internal.seed;

import io.koppel.simulator.internal.entities.AccountsSet;
import io.koppel.simulator.internal.entities.Schemas;
import io.koppel.simulator.internal.model.EntitySchema;
import io.koppel.simulator.internal.store.DivisionData;
import io.koppel.simulator.internal.store.TableNames;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.koppel.simulator.DefaultDataSet.id;

/** Writes seed records straight into a division's tables, with the stable IDs of {@link io.koppel.simulator.DefaultDataSet#id}. */
public final class ReferenceData {
    private final DivisionData division;
    private final LocalDateTime created;

    public ReferenceData(DivisionData division, LocalDateTime created) {
        this.division = division;
        this.created = created;
    }

    private Map<String, Object> row(EntitySchema schema, UUID id) {
        return schema.newRow(id, division.code(), created);
    }

    /**
     * @param useCostcenter Exact's byte flag: 0 optional, 1 mandatory, 2 not used
     */
    public UUID glAccount(String code, String description, int type, boolean blocked, int useCostcenter, int useCostunit) {
        UUID id = id(division.code(), "GLAccount", code);
        Map<String, Object> row = row(Schemas.GL_ACCOUNT, id);
        row.put("Code", code);
        row.put("Description", description);
        row.put("Type", type);
        row.put("TypeDescription", TypeDescriptions.glAccount(type));
        row.put("IsBlocked", blocked);
        boolean balance = type < 100;
        row.put("BalanceType", balance ? "B" : "W");
        row.put("BalanceSide", type == 110 || type == 22 || type == 24 ? "C" : "D");
        row.put("UseCostcenter", useCostcenter);
        row.put("UseCostunit", useCostunit);
        row.put("SearchCode", code);
        division.table(TableNames.GL_ACCOUNTS).put(id, row);
        return id;
    }

    public UUID journal(String code, String description, int type, String glCode, boolean blocked) {
        UUID id = id(division.code(), "Journal", code);
        Map<String, Object> gl = division.table(TableNames.GL_ACCOUNTS).get(id(division.code(), "GLAccount", glCode));
        Map<String, Object> row = row(Schemas.JOURNAL, id);
        row.put("Code", code);
        row.put("Description", description);
        row.put("Type", type);
        row.put("TypeDescription", TypeDescriptions.journal(type));
        row.put("GLAccount", gl.get("ID"));
        row.put("GLAccountCode", gl.get("Code"));
        row.put("GLAccountDescription", gl.get("Description"));
        row.put("GLAccountType", gl.get("Type"));
        row.put("IsBlocked", blocked);
        row.put("Currency", "EUR");
        row.put("AllowVariableCurrency", false);
        division.table(TableNames.JOURNALS).put(id, row);
        return id;
    }

    /** A VAT code, space-padded to Exact's three characters, with its rate in percent. */
    public UUID vatCode(String code, String description, String percentage) {
        UUID id = id(division.code(), "VATCode", code);
        Map<String, Object> row = row(Schemas.VAT_CODE, id);
        row.put("Code", String.format("%-3s", code));
        row.put("Description", description);
        row.put("Percentage", new java.math.BigDecimal(percentage));
        row.put("IsBlocked", false);
        division.table(TableNames.VAT_CODES).put(id, row);
        return id;
    }

    /** The VAT code a line on the GL account gets when it names none. */
    public void defaultVatCode(String glCode, String vatCode) {
        Map<String, Object> gl = new LinkedHashMap<>(division.table(TableNames.GL_ACCOUNTS)
                .get(id(division.code(), "GLAccount", glCode)));
        gl.put("VATCode", String.format("%-3s", vatCode));
        division.table(TableNames.GL_ACCOUNTS).put(gl.get("ID"), gl);
    }

    public UUID costCenter(String code, String description) {
        return costCode(Schemas.COSTCENTER, TableNames.COSTCENTERS, "Costcenter", code, description);
    }

    public UUID costUnit(String code, String description) {
        return costCode(Schemas.COSTUNIT, TableNames.COSTUNITS, "Costunit", code, description);
    }

    private UUID costCode(EntitySchema schema, String table, String kind, String code, String description) {
        UUID id = id(division.code(), kind, code);
        Map<String, Object> row = row(schema, id);
        row.put("Code", code);
        row.put("Description", description);
        division.table(table).put(id, row);
        return id;
    }

    /** Twelve monthly periods of a calendar financial year. */
    public void financialYear(int year, boolean closed) {
        for (int month = 1; month <= 12; month++) {
            LocalDate start = LocalDate.of(year, month, 1);
            UUID id = id(division.code(), "FinancialPeriod", year + "-" + month);
            Map<String, Object> row = row(Schemas.FINANCIAL_PERIOD, id);
            row.put("FinYear", year);
            row.put("FinPeriod", month);
            row.put("StartDate", start.atStartOfDay());
            row.put("EndDate", start.plusMonths(1).minusDays(1).atStartOfDay());
            division.table(TableNames.FINANCIAL_PERIODS).put(id, row);
            division.setPeriodClosed(year, month, closed);
        }
    }

    public UUID customer(String code, String name, String status, boolean blocked, String glarCode, String city) {
        UUID id = id(division.code(), "Account", code);
        Map<String, Object> row = row(Schemas.ACCOUNT, id);
        row.put("Code", AccountsSet.padCode(code));
        row.put("Name", name);
        row.put("SearchCode", String.format("%-10s", code));
        row.put("Status", status);
        row.put("Type", "A");
        row.put("IsSales", "C".equals(status));
        row.put("IsSupplier", false);
        row.put("Blocked", blocked);
        row.put("City", city);
        row.put("Country", "BE ");
        row.put("Language", "NL        ");
        row.put("SalesCurrency", "EUR");
        row.put("GLAR", glarCode == null ? null : id(division.code(), "GLAccount", glarCode));
        division.table(TableNames.ACCOUNTS).put(id, row);
        return id;
    }

    public UUID bankAccount(UUID account, String code, String iban, String bic, String holder) {
        UUID id = id(division.code(), "BankAccount", code);
        Map<String, Object> acc = division.table(TableNames.ACCOUNTS).get(account);
        Map<String, Object> row = row(Schemas.BANK_ACCOUNT, id);
        row.put("Account", account);
        row.put("AccountCode", acc.get("Code"));
        row.put("AccountName", acc.get("Name"));
        row.put("BankAccount", iban);
        row.put("BankAccountHolderName", holder);
        row.put("BICCode", bic);
        row.put("Blocked", false);
        row.put("Format", "IBAN");
        row.put("IBAN", iban);
        row.put("Main", true);
        row.put("Type", "A");
        row.put("TypeDescription", "Account");
        division.table(TableNames.BANK_ACCOUNTS).put(id, row);
        return id;
    }

    public UUID mandate(UUID account, UUID bankAccount, String reference, LocalDate signed) {
        UUID id = id(division.code(), "Mandate", reference);
        Map<String, Object> row = row(Schemas.MANDATE, id);
        row.put("Account", account);
        row.put("BankAccount", bankAccount);
        row.put("Reference", reference);
        row.put("SignatureDate", signed.atStartOfDay());
        row.put("Type", 0);
        row.put("PaymentType", 1);
        row.put("FirstSend", 1);
        row.put("Main", 1);
        division.table(TableNames.MANDATES).put(id, row);
        return id;
    }
}
