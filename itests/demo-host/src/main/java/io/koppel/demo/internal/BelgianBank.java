package io.koppel.demo.internal;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

/** Belgian bank accounts as a school's parents have them: valid IBANs (both check digit pairs) and their bank's BIC. */
final class BelgianBank {
    /** A bank by a protocol code its account numbers start with, and its BIC. */
    record Bank(String name, String protocolCode, String bic) {
    }

    static final List<Bank> BANKS = List.of(
            new Bank("Belfius", "063", "GKCCBEBB"),
            new Bank("KBC", "734", "KREDBEBB"),
            new Bank("ING", "363", "BBRUBEBB"),
            new Bank("BNP Paribas Fortis", "001", "GEBABEBB"),
            new Bank("Argenta", "979", "ARSPBE22"));

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private BelgianBank() {
    }

    /**
     * The IBAN of an account at a bank: the Belgian account number (protocol code, 7 digits, national check digits
     * = the first ten modulo 97, 97 for 0) with the ISO 13616 check digits in front.
     */
    static String iban(Bank bank, int accountNumber) {
        if (accountNumber < 0 || accountNumber > 9_999_999) {
            throw new IllegalArgumentException("a Belgian account number has 7 digits: " + accountNumber);
        }
        String first = bank.protocolCode() + String.format(Locale.ROOT, "%07d", accountNumber);
        long national = Long.parseLong(first) % 97;
        String bban = first + String.format(Locale.ROOT, "%02d", national == 0 ? 97 : national);
        int check = 98 - new BigInteger(bban + "111400").mod(NINETY_SEVEN).intValue();
        return "BE" + String.format(Locale.ROOT, "%02d", check) + bban;
    }

    /** ISO 13616: country code and check digits moved to the end, letters as numbers, modulo 97 is 1. */
    static boolean isValidIban(String iban) {
        String compact = iban.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!compact.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}")) {
            return false;
        }
        StringBuilder digits = new StringBuilder();
        for (char c : (compact.substring(4) + compact.substring(0, 4)).toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    /** The same IBAN with its ISO check digits off by one: a typing error Koppel must catch. */
    static String withWrongCheckDigits(String iban) {
        int check = Integer.parseInt(iban.substring(2, 4));
        return iban.substring(0, 2) + String.format(Locale.ROOT, "%02d", (check + 1) % 100) + iban.substring(4);
    }

    /** Printed in groups of four, as on a mandate form. */
    static String grouped(String iban) {
        return iban.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
