package io.koppel.posting.internal;

import io.koppel.api.posting.DocumentLine;
import io.koppel.auth.LinkedConnection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which VAT code a sales entry line names. Exact adds the VAT of the line's code, or else of its GL account's
 * default code, on top of the amount sent: a VAT-exempt school bill of 100.00 on a 21% account is booked as
 * 121.00 unless the line names the exempt code. The main category's override comes first, then the connection's
 * code, then the configured default; none of them leaves the line to the GL account's default.
 */
final class VatCodes {
    private final String defaultCode;
    private final Map<String, String> byMainCategory;

    private VatCodes(String defaultCode, Map<String, String> byMainCategory) {
        this.defaultCode = defaultCode;
        this.byMainCategory = byMainCategory;
    }

    /**
     * @param byMainCategory "main category=VAT code" entries, comma-separated; the category is matched without
     *     regard to case
     */
    static VatCodes of(String defaultCode, String byMainCategory) {
        Map<String, String> overrides = new HashMap<>();
        for (String entry : byMainCategory == null ? new String[0] : byMainCategory.split(",")) {
            int equals = entry.lastIndexOf('=');
            if (equals > 0 && !entry.substring(equals + 1).isBlank()) {
                overrides.put(key(entry.substring(0, equals)), entry.substring(equals + 1).strip());
            }
        }
        return new VatCodes(defaultCode == null || defaultCode.isBlank() ? null : defaultCode.strip(), overrides);
    }

    static VatCodes none() {
        return new VatCodes(null, Map.of());
    }

    Optional<String> of(DocumentLine line, LinkedConnection connection) {
        String override = line.description() == null ? null : byMainCategory.get(key(line.description()));
        if (override != null) {
            return Optional.of(override);
        }
        return connection.vatCode().or(() -> Optional.ofNullable(defaultCode));
    }

    private static String key(String category) {
        return category.strip().toLowerCase(Locale.ROOT);
    }
}
