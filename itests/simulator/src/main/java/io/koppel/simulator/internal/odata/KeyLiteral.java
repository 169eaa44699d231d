package io.koppel.simulator.internal.odata;

import io.koppel.simulator.internal.model.EdmType;
import io.koppel.simulator.internal.model.EdmValues;

import java.util.UUID;

/** Entity keys in URLs ({@code (guid'...')}, {@code (100)}) and in {@code $skiptoken}. */
public final class KeyLiteral {
    private KeyLiteral() {
    }

    public static Object parse(String literal, EdmType keyType) {
        String t = literal.trim();
        if (keyType == EdmType.GUID) {
            if (t.regionMatches(true, 0, "guid'", 0, 5) && t.endsWith("'") && t.length() > 6) {
                String body = t.substring(5, t.length() - 1);
                if (EdmValues.isGuid(body)) {
                    return UUID.fromString(body);
                }
            }
            throw new ODataSyntaxError("Unrecognized 'Edm.Guid' literal '" + t + "' in '0'.");
        }
        String digits = t.endsWith("L") || t.endsWith("l") ? t.substring(0, t.length() - 1) : t;
        try {
            return keyType == EdmType.INT64 ? (Object) Long.valueOf(digits) : (Object) Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            throw new ODataSyntaxError("Bad Request - Error in query syntax.");
        }
    }

    public static String format(Object key) {
        if (key instanceof UUID u) {
            return "guid'" + u + "'";
        }
        if (key instanceof Long l) {
            return l + "L";
        }
        return String.valueOf(key);
    }
}
