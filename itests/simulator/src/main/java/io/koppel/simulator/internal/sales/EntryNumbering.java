package io.koppel.simulator.internal.sales;

import io.koppel.simulator.internal.store.DivisionData;

import java.util.function.IntPredicate;

/**
 * Entry numbers per journal and financial year in Exact's default shape: two-digit year, journal code and a
 * four-digit sequence, so the first entry of journal 70 in 2025 is 25700001. A suggested number is used
 * when it is free and otherwise silently replaced, as ossobv observed.
 */
public final class EntryNumbering {
    private EntryNumbering() {
    }

    public static int assign(DivisionData d, String journalCode, int year, Integer suggested, IntPredicate used) {
        if (suggested != null && suggested > 0 && !used.test(suggested)) {
            return suggested;
        }
        while (true) {
            int candidate = compose(year, journalCode, d.nextEntrySequence(journalCode, year));
            if (!used.test(candidate)) {
                return candidate;
            }
        }
    }

    static int compose(int year, String journalCode, int sequence) {
        int yy = year % 100;
        String code = journalCode.trim();
        if (code.matches("\\d{1,3}") && sequence < 10_000) {
            long n = (long) (yy * Math.pow(10, code.length() + 4)) + Long.parseLong(code) * 10_000L + sequence;
            if (n <= Integer.MAX_VALUE) {
                return (int) n;
            }
        }
        return yy * 1_000_000 + sequence;
    }
}
