package io.koppel.api;

import java.util.Objects;

/**
 * A Belgian structured communication ("gestructureerde mededeling", OGM/VCS): 12 digits, the last two being
 * the first ten modulo 97 (97 when that is 0), written {@code +++123/4567/89002+++}.
 *
 * <p>Koppel sends it to Exact as the sales entry's reference and matches payments on it, so an invalid one is
 * refused before anything is sent.
 */
public final class Ogm {
    private final String digits;

    private Ogm(String digits) {
        this.digits = digits;
    }

    /**
     * Reads a structured communication in any usual notation: {@code +++123/4567/89002+++},
     * {@code ***123/4567/89002***} or the 12 digits alone.
     *
     * @throws KoppelException with {@link ReasonCode#OGM_INVALID} when it has not 12 digits or its check
     *     digits do not match
     */
    public static Ogm parse(String text) {
        Objects.requireNonNull(text, "text");
        String digits = text.replaceAll("[+*/\\s]", "");
        if (!digits.matches("\\d{12}") || !checkDigitsMatch(digits)) {
            throw new KoppelException(Reason.of(ReasonCode.OGM_INVALID, text));
        }
        return new Ogm(digits);
    }

    /** Whether the text is a valid structured communication. */
    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String digits = text.replaceAll("[+*/\\s]", "");
        return digits.matches("\\d{12}") && checkDigitsMatch(digits);
    }

    /** Builds the communication for a number of at most 10 digits, adding its check digits. */
    public static Ogm of(long number) {
        if (number < 0 || number > 9_999_999_999L) {
            throw new IllegalArgumentException("an OGM holds 10 digits, not " + number);
        }
        long check = number % 97 == 0 ? 97 : number % 97;
        return new Ogm(String.format("%010d%02d", number, check));
    }

    private static boolean checkDigitsMatch(String digits) {
        long base = Long.parseLong(digits.substring(0, 10));
        long check = Long.parseLong(digits.substring(10));
        long expected = base % 97 == 0 ? 97 : base % 97;
        return check == expected;
    }

    /** The 12 digits. */
    public String digits() {
        return digits;
    }

    /** The notation printed on invoices, {@code +++123/4567/89002+++}. */
    @Override
    public String toString() {
        return "+++" + digits.substring(0, 3) + "/" + digits.substring(3, 7) + "/" + digits.substring(7) + "+++";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ogm ogm && ogm.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }
}
