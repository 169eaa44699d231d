package io.koppel.dashboard.internal;

import io.koppel.api.posting.PostingQuery;
import io.koppel.api.posting.PostingService;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.Locale;

/** The dashboard's Excel export as the benchmarks need it outside Karaf: the workbook the download streams. */
public final class WorkbookProbe {
    private WorkbookProbe() {
    }

    /** @return how many postings were written */
    public static long write(PostingService postings, ZoneId zone, PostingQuery query, Locale locale,
            OutputStream out) throws IOException {
        return new PostingsWorkbook(postings, zone).write(query, locale, out);
    }
}
