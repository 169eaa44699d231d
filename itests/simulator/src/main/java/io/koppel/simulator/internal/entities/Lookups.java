package io.koppel.simulator.internal.entities;

import io.koppel.simulator.internal.store.DivisionData;
import io.koppel.simulator.internal.store.TableNames;

import java.util.Map;
import java.util.UUID;

/** Finds reference records the way Exact resolves them in a POST: journals and cost codes by code, the rest by ID. */
public final class Lookups {
    private Lookups() {
    }

    public static Map<String, Object> journalByCode(DivisionData d, String code) {
        return byCode(d, TableNames.JOURNALS, code);
    }

    public static Map<String, Object> costCenter(DivisionData d, String code) {
        return byCode(d, TableNames.COSTCENTERS, code);
    }

    public static Map<String, Object> costUnit(DivisionData d, String code) {
        return byCode(d, TableNames.COSTUNITS, code);
    }

    public static Map<String, Object> vatCode(DivisionData d, String code) {
        return byCode(d, TableNames.VAT_CODES, code);
    }

    public static Map<String, Object> glAccount(DivisionData d, UUID id) {
        return d.table(TableNames.GL_ACCOUNTS).get(id);
    }

    public static Map<String, Object> glAccountByCode(DivisionData d, String code) {
        return byCode(d, TableNames.GL_ACCOUNTS, code);
    }

    public static Map<String, Object> account(DivisionData d, UUID id) {
        return d.table(TableNames.ACCOUNTS).get(id);
    }

    private static Map<String, Object> byCode(DivisionData d, String table, String code) {
        if (code == null) {
            return null;
        }
        String wanted = code.trim();
        return d.table(table).findFirst(r -> r.get("Code") != null && wanted.equals(r.get("Code").toString().trim()))
                .orElse(null);
    }

    public static int intValue(Object value, int fallback) {
        return value instanceof Number n ? n.intValue() : fallback;
    }
}
