package io.koppel.simulator.internal.sales;

import io.koppel.simulator.internal.entities.Lookups;
import io.koppel.simulator.internal.messages.Msg;
import io.koppel.simulator.internal.messages.Term;
import io.koppel.simulator.internal.model.Problems;
import io.koppel.simulator.internal.store.DivisionData;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Checks one sales entry line: GL account present, known, not blocked and of a type sales entries accept
 * (Revenue 110 or General 90, "Omzet, Algemeen" in Exact's Dutch); amount present; cost center and cost
 * unit known by code, and present when the GL account makes them mandatory (UseCostcenter/UseCostunit = 1).
 */
public final class SalesLineValidator {
    public static final Set<Integer> SALES_GL_TYPES = Set.of(110, 90);

    private SalesLineValidator() {
    }

    /** A line that passed validation, with the records it refers to. */
    public record CheckedLine(Map<String, Object> values, Map<String, Object> glAccount,
                              Map<String, Object> costCenter, Map<String, Object> costUnit) {
        public BigDecimal amount() {
            return (BigDecimal) values.get("AmountFC");
        }

        public BigDecimal vat() {
            Object v = values.get("VATAmountFC");
            return v == null ? BigDecimal.ZERO : (BigDecimal) v;
        }
    }

    public static CheckedLine check(DivisionData d, Map<String, Object> line, Problems p) {
        UUID glId = (UUID) line.get("GLAccount");
        Map<String, Object> gl = glId == null ? null : Lookups.glAccount(d, glId);
        if (glId == null) {
            p.add(Msg.REQUIRED, Term.GL_ACCOUNT);
        } else if (gl == null) {
            p.add(Msg.INVALID_REFERENCE, Term.GL_ACCOUNT);
        } else {
            if (Boolean.TRUE.equals(gl.get("IsBlocked"))) {
                p.add(Msg.BLOCKED, Term.GL_ACCOUNT, gl.get("Code"), gl.get("Description"));
            }
            if (!SALES_GL_TYPES.contains(Lookups.intValue(gl.get("Type"), -1))) {
                p.add(Msg.INVALID, Term.GL_ACCOUNT_TYPE);
            }
        }
        if (line.get("AmountFC") == null) {
            p.add(Msg.REQUIRED, Term.AMOUNT);
        }
        line = withVat(d, line, gl, p);
        Map<String, Object> costCenter = costCode(d, line, "CostCenter", gl, "UseCostcenter", Term.COST_CENTER, p, true);
        Map<String, Object> costUnit = costCode(d, line, "CostUnit", gl, "UseCostunit", Term.COST_UNIT, p, false);
        return new CheckedLine(line, gl, costCenter, costUnit);
    }

    /**
     * Exact computes a line's VAT from its VAT code, or else from the GL account's default VAT code: AmountFC is
     * without VAT, so a line that names no code on a 21% account costs the customer 21% more.
     */
    private static Map<String, Object> withVat(DivisionData d, Map<String, Object> line, Map<String, Object> gl,
                                               Problems p) {
        Object sent = line.get("VATCode");
        String code = sent != null && !sent.toString().isBlank() ? sent.toString().trim()
                : gl == null || gl.get("VATCode") == null || gl.get("VATCode").toString().isBlank() ? null
                : gl.get("VATCode").toString().trim();
        if (code == null) {
            return line;
        }
        Map<String, Object> vat = Lookups.vatCode(d, code);
        if (vat == null) {
            p.add(Msg.INVALID_REFERENCE, Term.VAT_CODE);
            return line;
        }
        Map<String, Object> computed = new java.util.LinkedHashMap<>(line);
        BigDecimal rate = new BigDecimal(vat.get("Percentage").toString());
        computed.put("VATCode", vat.get("Code"));
        computed.put("VATPercentage", rate.movePointLeft(2));
        if (line.get("VATAmountFC") == null && line.get("AmountFC") instanceof BigDecimal amount) {
            computed.put("VATAmountFC", amount.multiply(rate).movePointLeft(2)
                    .setScale(2, java.math.RoundingMode.HALF_UP));
        }
        return computed;
    }

    private static Map<String, Object> costCode(DivisionData d, Map<String, Object> line, String field,
                                                Map<String, Object> gl, String useFlag, Term term, Problems p,
                                                boolean center) {
        Object code = line.get(field);
        if (code == null || code.toString().isBlank()) {
            if (gl != null && Lookups.intValue(gl.get(useFlag), 0) == 1) {
                p.add(Msg.REQUIRED, term);
            }
            return null;
        }
        Map<String, Object> found = center ? Lookups.costCenter(d, code.toString()) : Lookups.costUnit(d, code.toString());
        if (found == null) {
            p.add(Msg.INVALID_REFERENCE, term);
        }
        return found;
    }
}
