package io.koppel.benchmarks;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The first lines of every report: when and where the figures were measured. */
public final class Machine {
    private Machine() {
    }

    public static void printHeader(String title) {
        Runtime runtime = Runtime.getRuntime();
        System.out.println("=".repeat(100));
        System.out.println(title);
        System.out.printf("measured %s on %s, %d cores, Java %s (%s), max heap %d MB%n",
                ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), runtime.availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                runtime.maxMemory() / (1024 * 1024));
        System.out.println("=".repeat(100));
    }

    public static void section(String title) {
        System.out.println();
        System.out.println("-- " + title + " " + "-".repeat(Math.max(0, 95 - title.length())));
    }
}
