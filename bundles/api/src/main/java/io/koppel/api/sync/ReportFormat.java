package io.koppel.api.sync;

/** The formats a processed sync file's report comes in. */
public enum ReportFormat {
    /** A PDF to print or file. */
    PDF,
    /** An Excel workbook (.xlsx), one row per settlement. */
    XLSX
}
