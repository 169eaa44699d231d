package io.koppel.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** A plain text table, columns padded to their widest cell, numbers right-aligned. */
public final class Table {
    private final List<String[]> rows = new ArrayList<>();
    private final String[] header;

    public Table(String... header) {
        this.header = header;
    }

    public Table row(Object... cells) {
        String[] text = new String[header.length];
        for (int i = 0; i < header.length; i++) {
            text[i] = i < cells.length && cells[i] != null ? String.valueOf(cells[i]) : "";
        }
        rows.add(text);
        return this;
    }

    public void print() {
        int[] widths = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            widths[i] = header[i].length();
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        System.out.println(line(header, widths, false));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
        }
        System.out.println(rule);
        for (String[] row : rows) {
            System.out.println(line(row, widths, true));
        }
        System.out.flush();
    }

    private static String line(String[] cells, int[] widths, boolean alignNumbers) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            out.append(i == 0 ? "" : " | ");
            boolean number = alignNumbers && i > 0 && cells[i].matches("[-+~<>=]?[0-9][0-9.,]*( ?[a-zµ%/x]*)?");
            out.append(number ? pad(cells[i], widths[i], true) : pad(cells[i], widths[i], false));
        }
        return out.toString().stripTrailing();
    }

    private static String pad(String text, int width, boolean left) {
        String spaces = " ".repeat(width - text.length());
        return left ? spaces + text : text + spaces;
    }

    public static String f0(double value) {
        return String.format("%.0f", value);
    }

    public static String f1(double value) {
        return String.format("%.1f", value);
    }

    public static String f2(double value) {
        return String.format("%.2f", value);
    }
}
