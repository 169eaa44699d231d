package io.koppel.posting.internal;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks IBAN and BIC the way Exact will, before a mandate is sent. */
final class BankDetails {
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
    private static final Pattern BIC = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private BankDetails() {
    }

    static String normalise(String value) {
        return value == null ? "" : value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** ISO 13616: the country code and check digits moved to the end, letters as numbers, modulo 97 is 1. */
    static boolean isValidIban(String iban) {
        String compact = normalise(iban);
        if (!IBAN.matcher(compact).matches()) {
            return false;
        }
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    static boolean isValidBic(String bic) {
        return BIC.matcher(normalise(bic)).matches();
    }
}
