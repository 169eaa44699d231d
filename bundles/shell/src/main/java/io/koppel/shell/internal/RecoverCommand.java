package io.koppel.shell.internal;

import io.koppel.api.posting.PostingAdministration;
import io.koppel.api.posting.Recovery;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "koppel", name = "recover",
        description = "Makes Koppel look in Exact before it writes, after a restore or a fresh install.",
        detailedDescription = "After Koppel's database was restored from a backup, or Koppel installed afresh on an"
                + " empty database, while Exact kept what Koppel wrote: makes Koppel look in Exact before it writes, so"
                + " posting again adopts the entries and customers Exact holds instead of making them twice.")
public class RecoverCommand implements Action {
    @Reference
    PostingAdministration administration;

    @Option(name = "--since", required = true,
            description = "The time of the backup (after a fresh install: of Koppel's first posting):"
                    + " 2026-11-28, 2026-11-28T22:00 (this machine's time zone) or 2026-11-28T21:00:00Z")
    String since;

    @Option(name = "--days", description = "How many days new postings and customers look first")
    int days = 7;

    @Override
    public Object execute() throws Exception {
        return Clerk.run(() -> {
            Recovery recovery = administration.recover(instant(since), Duration.ofDays(days));
            System.out.printf("Recovery since %s: %d postings and %d customers look in Exact before they write;"
                    + " new postings and customers do so until %s.%n", recovery.since(), recovery.postingsToLookUp(),
                    recovery.customersToLookUp(), recovery.endsAt());
        });
    }

    static Instant instant(String text) {
        try {
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return java.time.OffsetDateTime.parse(text).toInstant();
            }
            if (text.contains("T")) {
                return LocalDateTime.parse(text).atZone(ZoneId.systemDefault()).toInstant();
            }
            return LocalDate.parse(text).atStartOfDay(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a time: " + text
                    + " (e.g. 2026-11-28, 2026-11-28T22:00 or 2026-11-28T21:00:00Z)", e);
        }
    }
}
