package io.koppel.itest;

import java.util.Locale;

/** The lines the itests print, with a prefix that is easy to grep in the build's output. */
public final class Report {

    public static final String PREFIX = "[koppel-itest] ";

    private Report() {
    }

    public static void print(String line) {
        System.out.println(PREFIX + line);
        System.out.flush();
    }

    public static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
