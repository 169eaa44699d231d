package io.koppel.shell.internal;

import io.koppel.api.Page;
import io.koppel.api.PageRequest;
import io.koppel.api.Status;
import io.koppel.api.posting.Posting;
import io.koppel.api.posting.PostingQuery;
import io.koppel.api.posting.PostingService;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "koppel", name = "postings",
        description = "The postings overview: documents on their way to Exact, most recently sent first.")
public class PostingsCommand implements Action {
    private static final String RED = "\u001B[31m";

    @Reference
    PostingService postings;

    @Option(name = "-e", aliases = "--entity", description = "Only this school or location")
    @Completion(HostEntityCompleter.class)
    String hostEntity;

    @Option(name = "-s", aliases = "--status", description = "Only these statuses, e.g. FAILED,FATAL")
    String statuses;

    @Option(name = "-q", aliases = "--search", description = "Text in name, title, OGM, invoice or document number")
    String search;

    @Option(name = "-n", aliases = "--limit", description = "How many to show (default 50)")
    int limit = 50;

    @Option(name = "-o", aliases = "--offset", description = "How many to skip")
    int offset;

    @Option(name = "--csv", description = "Write the whole selection to this CSV file instead")
    String csv;

    @Override
    public Object execute() throws Exception {
        Set<Status> only = Clerk.statuses(statuses);
        PostingQuery query = new PostingQuery(Optional.ofNullable(hostEntity), only, Optional.ofNullable(search));
        if (csv != null) {
            try (Writer out = Files.newBufferedWriter(Path.of(csv), StandardCharsets.UTF_8)) {
                postings.exportCsv(query, Clerk.locale(), out);
            }
            System.out.println("Written to " + csv);
            return null;
        }
        Page<Posting> page = postings.postings(query, new PageRequest(offset, limit));
        Locale locale = Clerk.locale();
        ShellTable table = new ShellTable().emptyTableText("No postings");
        table.column("Status").colorProvider(status -> status.equals(Status.FAILED.label(locale))
                || status.equals(Status.FATAL.label(locale)) ? RED : null);
        for (String column : new String[] {"Document", "Invoice", "Entity", "Name", "Type", "Amount", "OGM",
                "Exact entry", "Sent", "Processed"}) {
            table.column(column);
        }
        table.column("Reason").maxSize(90);
        for (Posting posting : page.items()) {
            table.addRow().addContent(posting.status().label(locale), posting.documentNumber(), posting.hostInvoiceId(),
                    posting.hostEntity(), posting.name(), posting.type().label(locale), posting.amount(), posting.ogm(),
                    posting.exactEntryNumber().map(String::valueOf).orElse(""), Clerk.MINUTES.format(posting.sentAt()),
                    posting.processedAt().map(Clerk.MINUTES::format).orElse(""), Clerk.text(posting.reason()));
        }
        table.print(System.out);
        if (page.total() > 0) {
            System.out.printf("%d-%d of %d%n", offset + 1, offset + page.items().size(), page.total());
        }
        return null;
    }
}
